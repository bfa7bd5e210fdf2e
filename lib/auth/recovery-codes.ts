// Recovery codes: ten single-use "xxxx-xxxx" codes for when the authenticator is lost.
// About 40 bits each, stored as a keyed hash (HMAC), so a database dump cannot be brute-forced offline.
import { randomInt } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { keyedHash } from "./secret-box";

// No 0/o, 1/l/i: easy to read back from paper.
const alphabet = "23456789abcdefghjkmnpqrstuvwxyz";
export const recoveryCodeCount = 10;

function randomChunk(): string {
  return Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join("");
}

/** Normalizes what someone typed ("ABCD EFGH", "abcd-efgh") to the stored form, or null if it cannot be a code. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]/g, "");
  if (!/^[a-z0-9]{8}$/.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

export function hashRecoveryCode(code: string): string {
  return keyedHash("recovery-code", code);
}

type Writer = Pick<Prisma.TransactionClient, "recoveryCode">;

/** Replaces a user's recovery codes with fresh ones and returns them in clear, to be shown once. */
export async function replaceRecoveryCodes(client: Writer, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, () => `${randomChunk()}-${randomChunk()}`);
  await client.recoveryCode.deleteMany({ where: { userId } });
  await client.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** Marks a matching unused code as used; true when one was consumed (atomic, so a code works once). */
export async function consumeRecoveryCode(
  client: Writer,
  userId: string,
  input: string,
  now = new Date(),
): Promise<boolean> {
  const code = normalizeRecoveryCode(input);
  if (!code) return false;
  const { count } = await client.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}
