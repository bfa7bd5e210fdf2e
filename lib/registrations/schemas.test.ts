import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { handleForm } from "../forms";
import { recordResultsSchema, registerUnitSchema, updateRegistrationSchema } from "./schemas";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const base = { movementId: randomUUID(), unitId: randomUUID(), pledge: "Cam kết thi đua" };

/** The field errors handleForm reports for these submitted fields. */
async function errorsOf(schema: Parameters<typeof handleForm>[1], fields: Record<string, string>) {
  const state = await handleForm(form(fields), schema, async () => undefined);
  return state.fieldErrors ?? {};
}

describe("registration schemas", () => {
  it("requires a pledge and a unit, and bounds the pledge's length", async () => {
    expect(await errorsOf(registerUnitSchema, { movementId: base.movementId, pledge: "  " })).toEqual({
      unitId: ["required"],
      pledge: ["required"],
    });
    expect(await errorsOf(registerUnitSchema, { ...base, pledge: "x".repeat(5_001) })).toEqual({ pledge: ["tooLong"] });
    expect(await errorsOf(registerUnitSchema, { ...base, unitId: "không-phải-mã" })).toEqual({
      unitId: ["unitNotFound"],
    });
  });

  it("drops blank rows and keeps the submitted row number of the others", () => {
    const parsed = registerUnitSchema.parse({
      ...base,
      targets: [
        { description: "", targetValue: " ", measureUnit: "", dueOn: "" },
        undefined,
        { description: " Mục tiêu ", targetValue: "1 234,5", measureUnit: "", dueOn: "" },
      ],
    });
    expect(parsed.targets).toEqual([
      { id: null, description: "Mục tiêu", targetValue: "1234.5", measureUnit: null, dueOn: null, index: 2 },
    ]);
  });

  it("marks each bad target field at its dotted name", async () => {
    expect(
      await errorsOf(registerUnitSchema, {
        ...base,
        "targets.0.description": "",
        "targets.0.targetValue": "10",
        "targets.1.description": "x".repeat(501),
        "targets.1.measureUnit": "y".repeat(51),
        "targets.2.description": "Âm",
        "targets.2.targetValue": "-3",
        "targets.3.description": "Ba chữ số thập phân",
        "targets.3.targetValue": "1.000",
        "targets.4.description": "Ngày sai",
        "targets.4.dueOn": "2026-02-30",
      }),
    ).toEqual({
      "targets.0.description": ["required"],
      "targets.1.description": ["tooLong"],
      "targets.1.measureUnit": ["tooLong"],
      "targets.2.targetValue": ["decimalInvalid"],
      "targets.3.targetValue": ["decimalInvalid"],
      "targets.4.dueOn": ["invalid"],
    });
  });

  it("accepts at most 20 targets", async () => {
    const rows = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`targets.${i}.description`, `Mục tiêu ${i + 1}`]));
    expect(await errorsOf(registerUnitSchema, { ...base, ...rows(20) })).toEqual({});
    expect(await errorsOf(registerUnitSchema, { ...base, ...rows(21) })).toEqual({ targets: ["tooManyTargets"] });
  });

  it("needs the registration's id and version to update, and a well-formed id on kept rows", async () => {
    expect(
      await errorsOf(updateRegistrationSchema, {
        pledge: "Cam kết",
        "targets.0.description": "A",
        "targets.0.id": "abc",
      }),
    ).toEqual({
      id: ["required"],
      version: ["invalid"],
      "targets.0.id": ["invalid"],
    });
  });

  it("checks results: achieved values are quantities, notes and the summary are bounded", async () => {
    const id = randomUUID();
    expect(
      await errorsOf(recordResultsSchema, {
        id,
        version: "3",
        resultsSummary: "s".repeat(5_001),
        "targets.0.id": randomUUID(),
        "targets.0.achievedValue": "nhiều",
        "targets.1.id": randomUUID(),
        "targets.1.resultNote": "n".repeat(2_001),
      }),
    ).toEqual({
      resultsSummary: ["tooLong"],
      "targets.0.achievedValue": ["decimalInvalid"],
      "targets.1.resultNote": ["tooLong"],
    });
    const parsed = recordResultsSchema.parse({
      id,
      version: "3",
      resultsSummary: "",
      targets: [{ id, achievedValue: "12,25", resultNote: " " }],
    });
    expect(parsed).toEqual({
      id,
      version: 3,
      resultsSummary: null,
      targets: [{ id, achievedValue: "12.25", resultNote: null }],
    });
  });
});
