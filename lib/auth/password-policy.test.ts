import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";

describe("password policy", () => {
  it("refuses passwords shorter than 8 characters", () => {
    expect(checkPassword("Ab1!xyz")).toBe("passwordTooShort");
  });

  it("counts characters, not code units, so 8 Vietnamese letters are enough", () => {
    expect(checkPassword("mậtkhẩuđ")).toBeNull();
  });

  it("refuses passwords longer than 128 characters and accepts 128", () => {
    expect(checkPassword("x".repeat(129))).toBe("passwordTooLong");
    expect(checkPassword("horse battery staple ".repeat(6).slice(0, 128))).toBeNull();
  });

  it("refuses common passwords whatever their case", () => {
    for (const password of [
      "password",
      "PASSWORD",
      "12345678",
      "iloveyou1",
      "anhyeuem",
      "123456a@",
      "Matkhau123",
      "qwertyuiop",
    ]) {
      expect(checkPassword(password), password).toBe("passwordCommon");
    }
  });

  it("has no composition rules: a long plain phrase passes", () => {
    expect(checkPassword("chiều nay đi câu cá ở hồ tây")).toBeNull();
  });

  it("refuses the person's own email, its local part, or name", () => {
    const person = { email: "Nguyen.An@example.vn", fullName: "Nguyễn Văn An" };
    expect(checkPassword("nguyen.an@example.vn", person)).toBe("passwordCommon");
    expect(checkPassword("NGUYEN.AN", person)).toBe("passwordCommon");
    expect(checkPassword("nguyễn văn an", person)).toBe("passwordCommon");
    expect(checkPassword("NguyễnVănAn", person)).toBe("passwordCommon");
    expect(checkPassword("Nguyễn Văn An 2025!", person)).toBeNull();
  });
});
