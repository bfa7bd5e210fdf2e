import { describe, expect, it } from "vitest";
import { isStorableText, withoutUnstorable } from "./text";

describe("storable text", () => {
  it("tells what PostgreSQL and the exports can keep", () => {
    expect(isStorableText("Phòng Hành chính/Tổng hợp\n\tdòng")).toBe(true);
    expect(isStorableText("🏅")).toBe(true);
    expect(isStorableText("a\u0000")).toBe(false);
    expect(isStorableText("\ud83c")).toBe(false);
  });

  it("drops what cannot be kept from a leniently read value", () => {
    expect(withoutUnstorable("a\u0000b\u0008c\ud800")).toBe("abc");
    expect(withoutUnstorable("e\u0302")).toBe("ê");
  });
});
