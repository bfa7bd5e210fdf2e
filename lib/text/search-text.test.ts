import { describe, expect, it } from "vitest";
import { toSearchText } from "./search-text";

describe("toSearchText", () => {
  it("folds Vietnamese diacritics and case so unaccented queries match", () => {
    expect(toSearchText("Nguyễn Văn An")).toBe("nguyen van an");
    expect(toSearchText("ĐẶNG THỊ HỒNG Đào")).toBe("dang thi hong dao");
  });

  it("collapses whitespace and keeps characters that have no accent to remove", () => {
    expect(toSearchText("  Công   đoàn\tcơ sở ")).toBe("cong doan co so");
    expect(toSearchText("山田 太郎 🎉")).toBe("山田 太郎 🎉");
  });
});
