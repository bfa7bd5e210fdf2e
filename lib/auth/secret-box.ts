// Authenticated encryption for small server-held secrets (TOTP secrets, pending enrolment
// tokens): AES-256-GCM with a key derived from NEXTAUTH_SECRET, so a database dump alone
// does not reveal them. Rotating NEXTAUTH_SECRET makes them unreadable: enrolled people
// then need an administrator's "reset two-factor sign-in" (docs/decisions/0003).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

type Purpose = "totp-secret" | "mfa-enrolment" | "recovery-code";

const keys = new Map<string, Buffer>();

/** A 256-bit key for one purpose, so a value sealed for one use cannot be replayed for another. */
export function derivedKey(purpose: Purpose): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  const cacheKey = `${purpose}\u0000${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "vinh-danh", purpose, 32));
    keys.set(cacheKey, key);
  }
  return key;
}

/** Encrypts `plaintext`, bound to `context` (e.g. the user id): the result is "iv.ciphertext.tag" in base64url. */
export function seal(purpose: Purpose, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(purpose), iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

/** Decrypts what `seal` produced for the same purpose and context; null when it was altered or is not ours. */
export function open(purpose: Purpose, sealed: string, context: string): string | null {
  const [iv, ciphertext, tag] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !ciphertext || !tag || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey(purpose), iv);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** Keyed hash (HMAC-SHA-256) for values looked up by equality, such as recovery codes. */
export function keyedHash(purpose: Purpose, value: string): string {
  return createHmac("sha256", derivedKey(purpose)).update(value).digest("hex");
}
