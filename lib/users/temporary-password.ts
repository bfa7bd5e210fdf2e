import { randomInt } from "node:crypto";

// No look-alikes (0/O, 1/l/I) so the password survives being read aloud or copied by hand.
const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random temporary password in four groups of four ("Xk7m-…"), about 93 bits. */
export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(""),
  );
  return groups.join("-");
}
