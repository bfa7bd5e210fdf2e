// Password rules after NIST SP 800-63B: length matters, composition rules do not; refuse
// passwords that attackers try first (breach top lists) and ones made of the person's own details.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ValidationCode } from "../forms";

export const passwordMinLength = 8;
export const passwordMaxLength = 128;

let commonPasswords: ReadonlySet<string> | undefined;

/** The common-password list, read once per process (the server and tests run from the project root). */
function common(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith("#")),
  );
  return commonPasswords;
}

const normalize = (text: string) => text.normalize("NFC").trim().toLowerCase();

/**
 * Why `password` is refused, or null when it is acceptable. `person` holds the account's
 * email and name: a password equal to either (ignoring case) is as guessable as a common one.
 */
export function checkPassword(
  password: string,
  person: { email?: string | null; fullName?: string | null } = {},
): Extract<ValidationCode, "passwordTooShort" | "passwordTooLong" | "passwordCommon"> | null {
  // Count characters, not UTF-16 units, so "mật khẩu" of 8 letters is 8 long.
  const length = [...password].length;
  if (length < passwordMinLength) return "passwordTooShort";
  if (length > passwordMaxLength) return "passwordTooLong";
  const folded = normalize(password);
  if (common().has(folded)) return "passwordCommon";
  const email = person.email ? normalize(person.email) : "";
  const personal = [email, email.split("@")[0] ?? "", person.fullName ? normalize(person.fullName) : ""];
  // Names are also compared without spaces: "Nguyễn Văn An" → "nguyễnvănan".
  if (personal.some((value) => value && (folded === value || folded === value.replace(/\s+/g, ""))))
    return "passwordCommon";
  return null;
}
