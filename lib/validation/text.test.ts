import { describe, expect, it } from "vitest";
import { isStorableText, normalizeText } from "./text";

describe("storable text", () => {
  it("tells what PostgreSQL and the exports can keep", () => {
    expect(isStorableText("Phòng Hành chính/Tổng hợp\n\tdòng")).toBe(true);
    expect(isStorableText("🏅")).toBe(true);
    expect(isStorableText("a\u0000")).toBe(false);
    expect(isStorableText("\ud83c")).toBe(false);
  });

  it("composes what a keyboard sent decomposed", () => {
    expect(normalizeText("e\u0302")).toBe("ê");
  });
});
