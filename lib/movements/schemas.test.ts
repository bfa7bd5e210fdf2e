// The editor's server-side validation, driven the way the form drives it: dotted field names
// in FormData through handleForm, errors expected at the very field that caused them.
import { describe, expect, it } from "vitest";
import { handleForm, type FormState } from "../forms";
import { createMovementSchema, updateMovementSchema, type MovementDefinitionInput } from "./schemas";

const unitId = "7b0c2a4e-9d1f-4c3b-8a6e-2f5d9c1b3a7e";

/** A valid definition as the form submits it. */
function validFields(): Record<string, string> {
  return {
    code: "dmst-2027",
    name: "Đổi mới sáng tạo, chuyển đổi số",
    nameEn: "",
    slogan: "Đổi mới để phục vụ tốt hơn",
    description: "Phong trào thi đua giai đoạn mới.",
    organizingUnitId: unitId,
    coverageUnitId: unitId,
    startsOn: "2027-01-01",
    endsOn: "2027-12-31",
    visibility: "PUBLIC",
    requiresRegistration: "on",
    postingWorkingDays: "10",
    "phases.REGISTRATION.startsOn": "2027-01-01",
    "phases.REGISTRATION.endsOn": "2027-03-31",
    "phases.NOMINATION.startsOn": "2027-04-01",
    "phases.NOMINATION.endsOn": "2027-09-30",
    "phases.REVIEW.startsOn": "2027-10-01",
    "phases.REVIEW.endsOn": "2027-10-31",
    "phases.PUBLIC_POSTING.startsOn": "",
    "phases.PUBLIC_POSTING.endsOn": "",
    "criteria.0.name": "Chất lượng tham mưu",
    "criteria.0.guidance": "Đúng, trúng, kịp thời",
    "criteria.0.weight": "60",
    "criteria.0.maxScore": "10",
    "criteria.1.name": "Hiệu quả phục vụ",
    "criteria.1.guidance": "",
    "criteria.1.weight": "40",
    "criteria.1.maxScore": "10",
    "titles.0.name": "Điển hình tiên tiến",
    "titles.0.eligibility": "BOTH",
    "titles.0.quotaTotal": "150",
    "titles.0.quotaPerUnit": "",
    "titles.0.approvalThresholdPercent": "90",
  };
}

async function submit(
  changes: Record<string, string | null>,
  schema = createMovementSchema,
): Promise<{ state: FormState; input?: MovementDefinitionInput }> {
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...validFields(), ...changes }))
    if (value !== null) data.append(key, value);
  let input: MovementDefinitionInput | undefined;
  const state = await handleForm(data, schema, async (parsed) => {
    input = parsed as MovementDefinitionInput;
  });
  return { state, input };
}

describe("movement definition validation", () => {
  it("accepts a complete definition and normalises it", async () => {
    const { state, input } = await submit({});
    expect(state.status).toBe("success");
    expect(input).toMatchObject({
      code: "DMST-2027",
      nameEn: null,
      requiresRegistration: true,
      postingWorkingDays: 10,
      criteria: [
        { name: "Chất lượng tham mưu", weight: 60, maxScore: 10, nameEn: null },
        { name: "Hiệu quả phục vụ", guidance: "", weight: 40 },
      ],
      titles: [
        {
          eligibility: "BOTH",
          quotaTotal: 150,
          quotaPerUnit: null,
          approvalThresholdPercent: 90,
          thresholdStrict: false,
          quotaPerUnitPercent: null,
          requiredPriorTitle: null,
          minServiceMonths: null,
          excludesDisciplined: false,
        },
      ],
    });
    // A phase left blank is no phase at all.
    expect(input?.phases.PUBLIC_POSTING).toEqual({ startsOn: null, endsOn: null });
  });

  it("reads the threshold rule: more than the threshold, or at least it; anything else is invalid", async () => {
    expect((await submit({ "titles.0.thresholdStrict": "true" })).input?.titles[0]?.thresholdStrict).toBe(true);
    expect((await submit({ "titles.0.thresholdStrict": "false" })).input?.titles[0]?.thresholdStrict).toBe(false);
    expect(
      (await submit({ "titles.0.thresholdStrict": "maybe" })).state.fieldErrors?.["titles.0.thresholdStrict"],
    ).toEqual(["invalid"]);
  });

  it("an unticked checkbox means no registration required", async () => {
    const { input } = await submit({ requiresRegistration: null });
    expect(input?.requiresRegistration).toBe(false);
  });

  it.each([
    ["weights not adding up to 100", { "criteria.1.weight": "35" }, "criteria", "weightsNot100"],
    [
      "a zero weight",
      { "criteria.0.weight": "0", "criteria.1.weight": "100" },
      "criteria.0.weight",
      "weightNotPositive",
    ],
    ["a fractional weight", { "criteria.0.weight": "59.5" }, "criteria.0.weight", "invalid"],
    ["a weight that is not a number", { "criteria.0.weight": "sáu mươi" }, "criteria.0.weight", "invalid"],
    ["a zero maximum score", { "criteria.1.maxScore": "0" }, "criteria.1.maxScore", "maxScoreNotPositive"],
    ["a criterion without a name", { "criteria.1.name": "  " }, "criteria.1.name", "required"],
    ["a period ending before it starts", { endsOn: "2026-12-31" }, "endsOn", "periodInverted"],
    [
      "a phase ending before it starts",
      { "phases.REVIEW.endsOn": "2027-09-30", "phases.REVIEW.startsOn": "2027-10-15" },
      "phases.REVIEW.endsOn",
      "phaseInverted",
    ],
    [
      "overlapping phases",
      { "phases.NOMINATION.startsOn": "2027-03-15" },
      "phases.NOMINATION.startsOn",
      "phasesOverlap",
    ],
    [
      "a phase outside the period",
      { "phases.REGISTRATION.startsOn": "2026-12-01" },
      "phases.REGISTRATION.startsOn",
      "phaseOutsidePeriod",
    ],
    [
      "a phase with only one date",
      { "phases.PUBLIC_POSTING.startsOn": "2027-11-01" },
      "phases.PUBLIC_POSTING.endsOn",
      "required",
    ],
    ["a blank period start", { startsOn: "" }, "startsOn", "required"],
    ["an impossible date", { "phases.REVIEW.endsOn": "2027-02-30" }, "phases.REVIEW.endsOn", "invalid"],
    ["a negative overall quota", { "titles.0.quotaTotal": "-1" }, "titles.0.quotaTotal", "quotaNegative"],
    ["a negative per-unit quota", { "titles.0.quotaPerUnit": "-3" }, "titles.0.quotaPerUnit", "quotaNegative"],
    [
      "a threshold of 0%",
      { "titles.0.approvalThresholdPercent": "0" },
      "titles.0.approvalThresholdPercent",
      "thresholdOutOfRange",
    ],
    [
      "a threshold above 100%",
      { "titles.0.approvalThresholdPercent": "101" },
      "titles.0.approvalThresholdPercent",
      "thresholdOutOfRange",
    ],
    [
      "a headcount quota above 100%",
      { "titles.0.quotaPerUnitPercent": "101" },
      "titles.0.quotaPerUnitPercent",
      "percentOutOfRange",
    ],
    ["negative months of service", { "titles.0.minServiceMonths": "-1" }, "titles.0.minServiceMonths", "quotaNegative"],
    ["negative days of absence", { "titles.0.maxAbsenceDays": "-5" }, "titles.0.maxAbsenceDays", "quotaNegative"],
    ["a title for nobody", { "titles.0.eligibility": "EVERYONE" }, "titles.0.eligibility", "required"],
    ["a code with spaces", { code: "DMST 2027" }, "code", "invalid"],
    ["a missing organizing unit", { organizingUnitId: "" }, "organizingUnitId", "unitNotFound"],
    ["an unknown visibility", { visibility: "SECRET" }, "visibility", "required"],
    ["a posting of 0 working days", { postingWorkingDays: "0" }, "postingWorkingDays", "invalid"],
    ["a description of 10,001 characters", { description: "x".repeat(10_001) }, "description", "tooLong"],
  ])("refuses %s at its field, keeping what was typed", async (_label, changes, field, code) => {
    const { state, input } = await submit(changes);
    expect(input).toBeUndefined();
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.[field]).toContain(code);
    for (const [key, value] of Object.entries(changes)) expect(state.values?.[key]).toBe(value);
  });

  it("needs at least one criterion and one title", async () => {
    const noRows = Object.fromEntries(
      Object.keys(validFields())
        .filter((key) => key.startsWith("criteria.") || key.startsWith("titles."))
        .map((key) => [key, null]),
    );
    const { state } = await submit(noRows);
    expect(state.fieldErrors?.criteria).toContain("required");
    expect(state.fieldErrors?.titles).toContain("required");
  });

  it("an edit also needs the movement's id and the version it was read at", async () => {
    const { state } = await submit({ id: "not-an-id" }, updateMovementSchema);
    expect(state.fieldErrors?.id).toContain("notFound");
    expect(state.fieldErrors?.version).toContain("invalid");
  });
});
