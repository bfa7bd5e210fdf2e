// Time-based one-time passwords (RFC 6238) as authenticator apps expect them: SHA-1,
// 6 digits, 30-second steps, accepting one step either side for clock drift.
import { Secret, TOTP } from "otpauth";
import { open, seal } from "./secret-box";

export const totpIssuer = "Vinh Danh";
const period = 30;
const digits = 6;

function totp(secretBase32: string, label = "") {
  return new TOTP({
    issuer: totpIssuer,
    label,
    algorithm: "SHA1",
    digits,
    period,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh random 160-bit secret, base32-encoded (what authenticator apps take). */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI a QR code carries. */
export function totpUri(secretBase32: string, accountName: string): string {
  return totp(secretBase32, accountName).toString();
}

/** The code for `now` (tests and the e2e suite compute codes the way an app would). */
export function totpCode(secretBase32: string, now = new Date()): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

/** The time step `code` belongs to (within ±1 step of `now`), or null when it matches none. */
export function matchTotp(secretBase32: string, code: string, now = new Date()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / period) + delta;
}

/**
 * What User.totpSecret holds: "v1.<last accepted step>.<sealed secret>". The last step lives
 * beside the secret so that accepting a code is one compare-and-set on this column, which
 * refuses the same code twice even across processes (no schema change needed).
 */
export interface StoredTotp {
  secret: string;
  lastStep: number;
}

export function encodeStoredTotp(userId: string, value: StoredTotp, sealedSecret?: string): string {
  return `v1.${value.lastStep}.${sealedSecret ?? seal("totp-secret", value.secret, userId)}`;
}

export function decodeStoredTotp(userId: string, stored: string): (StoredTotp & { sealedSecret: string }) | null {
  const match = /^v1\.(\d+)\.(.+)$/.exec(stored);
  if (!match) return null;
  const sealedSecret = match[2]!;
  const secret = open("totp-secret", sealedSecret, userId);
  return secret ? { secret, lastStep: Number(match[1]), sealedSecret } : null;
}
