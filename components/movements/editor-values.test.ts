import { describe, expect, it } from "vitest";
import { emptyCriterion, newEditorValues, nextVersionCode, weightTotal } from "./editor-values";

describe("editor values", () => {
  it("adds up the weights typed so far, counting what is not a whole number yet as 0", () => {
    const rows = ["30", "25", "", "abc", " 15 "].map((weight) => ({ ...emptyCriterion(), weight }));
    expect(weightTotal(rows)).toBe(70);
  });

  it("suggests the next version's code", () => {
    expect(nextVersionCode("TMG-2025")).toBe("TMG-2025-V2");
    expect(nextVersionCode("TMG-2025-V2")).toBe("TMG-2025-V3");
    expect(nextVersionCode("TMG-2025-V9")).toBe("TMG-2025-V10");
  });

  it("starts a new movement with one criterion, one title, public, registration first and 10 posting days", () => {
    const values = newEditorValues("unit-id");
    expect(values.criteria).toHaveLength(1);
    expect(values.titles).toHaveLength(1);
    expect(values).toMatchObject({
      visibility: "PUBLIC",
      requiresRegistration: true,
      postingWorkingDays: "10",
      organizingUnitId: "unit-id",
      coverageUnitId: "unit-id",
    });
    expect(Object.keys(values.phases)).toEqual([
      "REGISTRATION",
      "NOMINATION",
      "REVIEW",
      "PUBLIC_POSTING",
      "DECISION",
      "PUBLICATION",
    ]);
  });
});
