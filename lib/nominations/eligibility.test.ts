import { describe, expect, it } from "vitest";
import {
  checkCompleteness,
  checkEligibility,
  holdsPriorTitle,
  titleFitsKind,
  type EligibilityContext,
  type EligibilityDossier,
  type EligibilityTitle,
} from "./eligibility";

const dossier: EligibilityDossier = {
  nomineeKind: "INDIVIDUAL",
  nomineeName: "Nguyễn Thị Hoa",
  gender: "FEMALE",
  birthYear: 1986,
  position: "Chuyên viên",
  yearsOfService: 12,
  collectiveSize: null,
  serviceMonths: 12,
  absenceDays: 0,
  disciplined: false,
  achievementSummary: "<p>Kết quả</p>",
  citation: "Tận tụy",
  unitName: "Công đoàn Sở Tư pháp",
  selfAssessments: { c1: "Một", c2: "Hai" },
  priorRecognitions: [],
};
const title: EligibilityTitle = {
  name: "Chiến sĩ thi đua cơ sở",
  eligibility: "INDIVIDUAL",
  quotaTotal: null,
  quotaPerUnit: null,
  quotaPerUnitPercent: null,
  requiredPriorTitle: null,
  minServiceMonths: null,
  maxAbsenceDays: null,
  excludesDisciplined: false,
};
const context: EligibilityContext = {
  isRegistered: true,
  unitHeadcount: 40,
  unitUsed: 0,
  movementUsed: 0,
  meritTitles: [],
};
const movement = { requiresRegistration: true };
const criteria = [
  { id: "c1", name: "Tham mưu" },
  { id: "c2", name: "Phục vụ" },
];

describe("completeness", () => {
  it("finds nothing missing in a complete dossier", () => {
    expect(checkCompleteness(dossier, criteria)).toEqual([]);
  });
  it("counts a summary of empty paragraphs and a blank answer as missing", () => {
    const problems = checkCompleteness(
      { ...dossier, achievementSummary: "<p><br></p><ul><li> </li></ul>", selfAssessments: { c1: "  " } },
      criteria,
    );
    expect(problems.map((p) => p.field)).toEqual(["achievementSummary", "selfAssessments.c1", "selfAssessments.c2"]);
  });
});

describe("eligibility", () => {
  it("passes a dossier that breaks no rule", () => {
    expect(checkEligibility(dossier, title, movement, context)).toEqual([]);
  });
  it("refuses a title for the other kind of nominee", () => {
    expect(titleFitsKind("COLLECTIVE", "INDIVIDUAL")).toBe(false);
    expect(titleFitsKind("BOTH", "COLLECTIVE")).toBe(true);
    expect(
      checkEligibility({ ...dossier, nomineeKind: "COLLECTIVE" }, title, movement, context).map((p) => p.code),
    ).toEqual(["titleNotForKind"]);
  });
  it("refuses absence at the limit, not below it", () => {
    const rules = { ...title, maxAbsenceDays: 40 };
    expect(checkEligibility({ ...dossier, absenceDays: 39 }, rules, movement, context)).toEqual([]);
    expect(checkEligibility({ ...dossier, absenceDays: 40 }, rules, movement, context).map((p) => p.code)).toEqual([
      "tooManyAbsences",
    ]);
  });
  it("does not apply service and absence rules to collectives, but does apply discipline", () => {
    const rules = {
      ...title,
      eligibility: "BOTH" as const,
      minServiceMonths: 10,
      maxAbsenceDays: 40,
      excludesDisciplined: true,
    };
    const collective = {
      ...dossier,
      nomineeKind: "COLLECTIVE" as const,
      serviceMonths: null,
      absenceDays: null,
      disciplined: true,
    };
    expect(checkEligibility(collective, rules, movement, context).map((p) => p.code)).toEqual(["disciplined"]);
  });
  it("counts a share quota against the headcount and reports limit and use", () => {
    const rules = { ...title, quotaPerUnitPercent: 15 };
    expect(checkEligibility(dossier, rules, movement, { ...context, unitUsed: 5 })).toEqual([]);
    expect(checkEligibility(dossier, rules, movement, { ...context, unitUsed: 6 })).toEqual([
      {
        code: "unitQuotaReached",
        field: "awardTitleId",
        values: { title: title.name, unit: dossier.unitName, limit: "6", used: "6" },
      },
    ]);
    expect(checkEligibility(dossier, rules, movement, { ...context, unitHeadcount: null }).map((p) => p.code)).toEqual([
      "unitQuotaReached",
    ]);
  });
  it("matches a prior title without regard to case or accents, declared or in the merit history", () => {
    expect(holdsPriorTitle("Lao động tiên tiến", [{ title: "LAO ĐỘNG  TIÊN TIẾN" }], [])).toBe(true);
    expect(holdsPriorTitle("Lao động tiên tiến", [], ["lao dong tien tien"])).toBe(true);
    expect(holdsPriorTitle("Lao động tiên tiến", [{ title: "Lao động xuất sắc" }], [])).toBe(false);
  });
});
