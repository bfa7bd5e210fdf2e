import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkbox,
  day,
  id,
  integer,
  optionalDay,
  optionalInteger,
  optionalText,
  plainText,
  requiredText,
  storableText,
  version,
} from "./fields";

const issueOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("text primitives", () => {
  it("refuses a NUL, other control characters and unpaired surrogates, and keeps tab and line breaks", () => {
    for (const bad of ["a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\ud800b", "b\udc00"]) {
      expect(issueOf(requiredText(100), bad), JSON.stringify(bad)).toBe("invalidCharacters");
    }
    expect(requiredText(100).parse("dòng 1\r\n\tdòng 2")).toBe("dòng 1\r\n\tdòng 2");
  });

  it("keeps every script, emoji, zero-width and right-to-left marks exactly", () => {
    for (const text of ["Nguyễn Thị Hằng", "山田太郎", "Åsa Öberg", "عربي\u200f", "a\u200bb", "🏅 Điển hình"]) {
      expect(requiredText(100).parse(text)).toBe(text);
    }
  });

  it("stores text in NFC whatever the keyboard sent", () => {
    const decomposed = "Nguye\u0302\u0303n";
    expect(requiredText(100).parse(decomposed)).toBe("Nguyễn");
  });

  it("says required, too short and too long", () => {
    expect(issueOf(requiredText(5), "   ")).toBe("required");
    expect(issueOf(requiredText(5), undefined)).toBe("required");
    expect(issueOf(requiredText(50, { min: 10 }), "ngắn")).toBe("tooShort");
    expect(issueOf(requiredText(5), "quá dài")).toBe("tooLong");
    expect(issueOf(requiredText(5), "x".repeat(100_000))).toBe("tooLong");
  });

  it("turns blank optional text into null and keeps plain text as a string", () => {
    expect(optionalText(10).parse("  ")).toBeNull();
    expect(optionalText(10).parse(undefined)).toBeNull();
    expect(optionalText(10).parse(" có ")).toBe("có");
    expect(issueOf(optionalText(10), "a\u0000")).toBe("invalidCharacters");
    expect(plainText(10).parse(undefined)).toBe("");
    expect(issueOf(plainText(10), ["a", "b"])).toBe("invalid");
  });

  it("leaves white space alone when asked not to trim", () => {
    expect(storableText({ trim: false }).parse("  <p>x</p> ")).toBe("  <p>x</p> ");
  });
});

describe("number primitives", () => {
  it("accepts whole numbers within PostgreSQL's integer and refuses beyond it", () => {
    expect(integer().parse(" 42 ")).toBe(42);
    expect(integer({ min: -5 }).parse("-3")).toBe(-3);
    expect(issueOf(integer(), "2147483648")).toBe("outOfRange");
    expect(issueOf(integer(), "-2147483649")).toBe("outOfRange");
    expect(issueOf(integer(), "99999999999999999999")).toBe("invalid");
    expect(issueOf(integer(), "1e3")).toBe("invalid");
    expect(issueOf(integer(), "12.5")).toBe("invalid");
    expect(issueOf(integer(), "")).toBe("required");
    expect(issueOf(integer({ min: 1, max: 9, code: "workingDaysOutOfRange" }), "10")).toBe("workingDaysOutOfRange");
  });

  it("lets an optional number be blank", () => {
    expect(optionalInteger().parse("")).toBeNull();
    expect(optionalInteger().parse(undefined)).toBeNull();
    expect(optionalInteger({ min: 0 }).parse("7")).toBe(7);
    expect(issueOf(optionalInteger({ min: 0 }), "-1")).toBe("outOfRange");
  });

  it("takes a version from a form or from JSON, never beyond the integer range", () => {
    expect(version.parse("3")).toBe(3);
    expect(version.parse(3)).toBe(3);
    for (const bad of [0, -1, 2_147_483_648, "2147483648", "abc", "", null, [1, 2], 1.5]) {
      expect(issueOf(version, bad), JSON.stringify(bad)).toBe("invalid");
    }
  });
});

describe("calendar days", () => {
  it("accepts real days between 1900 and 2100", () => {
    expect(day().parse("2025-03-31")).toBe("2025-03-31");
    expect(day().parse("1900-01-01")).toBe("1900-01-01");
    expect(day().parse("2100-12-31")).toBe("2100-12-31");
  });

  it("refuses year 0, far dates, impossible days and other shapes", () => {
    expect(issueOf(day(), "0000-01-01")).toBe("dateOutOfRange");
    expect(issueOf(day(), "1899-12-31")).toBe("dateOutOfRange");
    expect(issueOf(day(), "2101-01-01")).toBe("dateOutOfRange");
    expect(issueOf(day(), "2025-02-30")).toBe("invalid");
    expect(issueOf(day(), "31/03/2025")).toBe("invalid");
    expect(issueOf(day(), "+275760-09-13")).toBe("invalid");
    expect(issueOf(day(), "")).toBe("required");
  });

  it("lets an optional day be blank", () => {
    expect(optionalDay().parse("")).toBeNull();
    expect(optionalDay().parse(undefined)).toBeNull();
    expect(issueOf(optionalDay(), "0000-01-01")).toBe("dateOutOfRange");
  });
});

describe("ids and checkboxes", () => {
  it("says required for a blank id and the given code for a malformed one", () => {
    expect(issueOf(id("unitNotFound"), "")).toBe("required");
    expect(issueOf(id("unitNotFound"), "123")).toBe("unitNotFound");
    expect(issueOf(id(), "a\u0000")).toBe("invalidCharacters");
    expect(id().parse("0b6c3f0e-3c1a-4f4e-9d7a-2f1e9b8c7d6a")).toBe("0b6c3f0e-3c1a-4f4e-9d7a-2f1e9b8c7d6a");
  });

  it("reads a checkbox as ticked or not", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    expect(checkbox.parse("off")).toBe(false);
    expect(issueOf(checkbox, "on\u0000")).toBe("invalid");
    expect(issueOf(checkbox, "anything")).toBe("invalid");
  });
});
