import { describe, expect, it } from "vitest";
import { withDays } from "./message-values";

describe("message values", () => {
  it("turns calendar days into dates and leaves the rest as they are", () => {
    expect(withDays({ deadline: "2026-11-23", unit: "Công đoàn Bộ Tư pháp", count: "3" })).toEqual({
      deadline: new Date("2026-11-23T00:00:00.000Z"),
      unit: "Công đoàn Bộ Tư pháp",
      count: "3",
    });
    expect(withDays()).toEqual({});
  });
});
