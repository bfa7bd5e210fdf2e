// Checks a second-factor code at sign-in or before a sensitive change.
import type { PrismaClient } from "../generated/prisma/client";
import { consumeRecoveryCode } from "./recovery-codes";
import { decodeStoredTotp, encodeStoredTotp, matchTotp } from "./totp";

type Client = Pick<PrismaClient, "user" | "recoveryCode">;

/**
 * Accepts a current TOTP code once: the step it belongs to must be later than the last one
 * accepted, and recording it is a compare-and-set on the stored value, so two requests
 * racing with the same code cannot both win.
 */
export async function acceptTotpCode(client: Client, userId: string, code: string, now = new Date()): Promise<boolean> {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (!user?.totpSecret || !user.totpEnabledAt) return false;
  const stored = decodeStoredTotp(userId, user.totpSecret);
  if (!stored) return false;
  const step = matchTotp(stored.secret, code, now);
  if (step === null || step <= stored.lastStep) return false;
  const { count } = await client.user.updateMany({
    where: { id: userId, totpSecret: user.totpSecret },
    data: { totpSecret: encodeStoredTotp(userId, { secret: stored.secret, lastStep: step }, stored.sealedSecret) },
  });
  return count === 1;
}

/** Which factor `code` proved (a TOTP code, or a recovery code, then consumed), or null. */
export async function verifySecondFactor(
  client: Client,
  userId: string,
  code: string,
  now = new Date(),
): Promise<"totp" | "recovery" | null> {
  const compact = code.replace(/\s+/g, "");
  if (/^\d{6}$/.test(compact)) return (await acceptTotpCode(client, userId, compact, now)) ? "totp" : null;
  return (await consumeRecoveryCode(client, userId, code, now)) ? "recovery" : null;
}
