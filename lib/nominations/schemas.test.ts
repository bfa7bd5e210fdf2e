import { describe, expect, it } from "vitest";
import { handleForm, nestedFields } from "../forms";
import { createNominationSchema, maxSummaryHtmlLength, returnNominationSchema, saveNominationSchema } from "./schemas";

const ids = {
  movement: "0b6f3f5e-4d0a-4c57-9b8e-0f4c1d2a3b4c",
  unit: "1b6f3f5e-4d0a-4c57-9b8e-0f4c1d2a3b4c",
  title: "2b6f3f5e-4d0a-4c57-9b8e-0f4c1d2a3b4c",
  criterion: "3b6f3f5e-4d0a-4c57-9b8e-0f4c1d2a3b4c",
  nomination: "4b6f3f5e-4d0a-4c57-9b8e-0f4c1d2a3b4c",
};

function form(fields: Record<string, string>): Record<string, unknown> {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return nestedFields(data);
}

const base = {
  movementId: ids.movement,
  nomineeKind: "INDIVIDUAL",
  nomineeName: "Nguyễn Thị Hoa",
  unitId: ids.unit,
  awardTitleId: ids.title,
};

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.map(String).join("."), issue.message]);
}

describe("create nomination schema", () => {
  it("accepts a draft with only who, where and which title; the rest is blank", () => {
    const parsed = createNominationSchema.parse(form(base));
    expect(parsed).toMatchObject({
      ...base,
      gender: null,
      birthYear: null,
      position: null,
      disciplined: false,
      achievementSummary: "",
      citation: "",
      selfAssessments: {},
      priorRecognitions: [],
    });
  });

  it("requires the nominee's kind, name, unit and title", () => {
    const result = createNominationSchema.safeParse(form({ movementId: ids.movement }));
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        ["nomineeKind", "required"],
        ["nomineeName", "required"],
        ["unitId", "required"],
        ["awardTitleId", "required"],
      ]),
    );
  });

  it("reads numbers, the checkbox, self-assessments by criterion and prior recognition rows", () => {
    const parsed = createNominationSchema.parse(
      form({
        ...base,
        gender: "FEMALE",
        birthYear: "1985",
        yearsOfService: " 12 ",
        serviceMonths: "12",
        absenceDays: "0",
        disciplined: "on",
        [`selfAssessments.${ids.criterion}`]: "Tham mưu 14 văn bản đúng hạn.",
        "priorRecognitions.0.title": "Lao động tiên tiến",
        "priorRecognitions.0.year": "2024",
        "priorRecognitions.0.decisionRef": "",
        "priorRecognitions.1.title": "",
        "priorRecognitions.1.year": "",
      }),
    );
    expect(parsed).toMatchObject({
      gender: "FEMALE",
      birthYear: 1985,
      yearsOfService: 12,
      serviceMonths: 12,
      absenceDays: 0,
      disciplined: true,
    });
    expect(parsed.selfAssessments).toEqual({ [ids.criterion]: "Tham mưu 14 văn bản đúng hạn." });
    expect(parsed.priorRecognitions).toEqual([
      { title: "Lao động tiên tiến", year: 2024, decisionRef: null, index: 0 },
    ]);
  });

  it("accepts Excel cell values (numbers, booleans) as well as form text", () => {
    const parsed = createNominationSchema.parse({ ...base, birthYear: 1990, collectiveSize: 25, disciplined: false });
    expect(parsed).toMatchObject({ birthYear: 1990, collectiveSize: 25, disciplined: false });
  });

  it.each([
    ["a citation over 500 characters", { citation: "a".repeat(501) }, "citation", "tooLong"],
    [
      "a summary over 20,000 characters of HTML",
      { achievementSummary: `<p>${"a".repeat(maxSummaryHtmlLength)}</p>` },
      "achievementSummary",
      "summaryTooLong",
    ],
    [
      "a 100,000-character summary",
      { achievementSummary: "x".repeat(100_000) },
      "achievementSummary",
      "summaryTooLong",
    ],
    [
      "a self-assessment over 10,000 characters",
      { [`selfAssessments.${ids.criterion}`]: "a".repeat(10_001) },
      `selfAssessments.${ids.criterion}`,
      "tooLong",
    ],
    ["a birth year that is not a year", { birthYear: "19x5" }, "birthYear", "invalid"],
    ["a negative absence", { absenceDays: "-3" }, "absenceDays", "invalid"],
    ["an unknown gender", { gender: "X" }, "gender", "invalid"],
    [
      "a prior recognition without a year",
      { "priorRecognitions.0.title": "Lao động tiên tiến" },
      "priorRecognitions.0.year",
      "required",
    ],
    ["a kind that is neither", { nomineeKind: "TEAM" }, "nomineeKind", "required"],
  ])("refuses %s", (_, extra, field, code) => {
    const result = createNominationSchema.safeParse(form({ ...base, ...extra }));
    expect(issues(result)).toContainEqual([field, code]);
  });

  it("sanitizes the summary: scripts and attributes go, paragraphs, lists and bold stay", () => {
    const parsed = createNominationSchema.parse(
      form({
        ...base,
        achievementSummary: `<p onclick="x()">Đạt <strong>100%</strong><script>alert(1)</script></p><ul><li><a href="javascript:alert(1)">một</a></li></ul><img src=x onerror=alert(1)>`,
      }),
    );
    expect(parsed.achievementSummary).toBe("<p>Đạt <strong>100%</strong></p><ul><li>một</li></ul>");
  });

  it("keeps plain-text fields as typed (they are escaped when shown)", () => {
    const payload = `<img src=x onerror="alert('xss')">`;
    const parsed = createNominationSchema.parse(form({ ...base, nomineeName: payload, citation: payload }));
    expect(parsed.nomineeName).toBe(payload);
    expect(parsed.citation).toBe(payload);
  });
});

describe("the form's answer", () => {
  it("refuses a 100,000-character summary with its own message, keeping nothing half-saved", async () => {
    const data = new FormData();
    for (const [key, value] of Object.entries({ ...base, achievementSummary: `<p>${"Thành tích".repeat(10_000)}</p>` }))
      data.append(key, value);
    let called = false;
    const state = await handleForm(data, createNominationSchema, async () => {
      called = true;
    });
    expect(called).toBe(false);
    expect(state.fieldErrors).toEqual({ achievementSummary: ["summaryTooLong"] });
    // What was typed comes back for the officer to shorten.
    expect(state.values?.achievementSummary).toHaveLength(100_007);
  });
});

describe("save, return schemas", () => {
  it("leaves who and what unchanged when the form does not send them", () => {
    const parsed = saveNominationSchema.parse(form({ id: ids.nomination, version: "3", citation: "Tận tụy" }));
    expect(parsed).toMatchObject({ id: ids.nomination, version: 3, citation: "Tận tụy" });
    expect(parsed.nomineeName).toBeUndefined();
    expect(parsed.unitId).toBeUndefined();
  });

  it("refuses a blank name on save", () => {
    expect(
      issues(saveNominationSchema.safeParse(form({ id: ids.nomination, version: "3", nomineeName: " " }))),
    ).toContainEqual(["nomineeName", "required"]);
  });

  it("requires a return comment of at most 2,000 characters", () => {
    expect(
      issues(returnNominationSchema.safeParse(form({ id: ids.nomination, version: "2", comment: " " }))),
    ).toContainEqual(["comment", "required"]);
    expect(
      issues(returnNominationSchema.safeParse(form({ id: ids.nomination, version: "2", comment: "a".repeat(2001) }))),
    ).toContainEqual(["comment", "tooLong"]);
  });
});
