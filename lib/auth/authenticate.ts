import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit";
import { logger } from "../logger";
import { SignInRefusal } from "./errors";
import { decoyPasswordHash, verifyPassword } from "./password";
import { verifySecondFactor } from "./second-factor";
import { recordSignInAttempt, throttleDelay } from "./throttle";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
  /** Second-factor code (TOTP or recovery code); empty means "not sent". */
  code: z
    .string()
    .trim()
    .max(32)
    .optional()
    .transform((value) => value || undefined),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
}

interface Context {
  ip?: string | null;
  /** Injected by tests to move through throttling windows. */
  now?: Date;
}

/**
 * Checks credentials. Returns null for every failure alike (unknown account, wrong
 * password, deactivated account), and spends the same hashing time, so the answer
 * never reveals whether an account exists. Throws SignInRefusal when throttled (before
 * the password is checked) or, once the password was right, when the second factor is
 * missing or wrong.
 */
export async function authenticate(
  client: PrismaClient,
  input: unknown,
  context: Context = {},
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;
  const { ip } = context;
  const now = context.now ?? new Date();

  const retryAfterSeconds = await throttleDelay(client, { email, ip, now });
  if (retryAfterSeconds !== null) {
    logger.warn({ ip, retryAfterSeconds }, "sign-in throttled");
    throw new SignInRefusal("throttled", retryAfterSeconds);
  }

  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, fullName: true, passwordHash: true, isActive: true, totpEnabledAt: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !isValid || !user.isActive) {
    await recordSignInAttempt(client, { email, ip, succeeded: false, now });
    await recordAudit(
      {
        actorId: user?.id ?? null,
        action: "auth.sign_in_failed",
        objectType: "User",
        objectId: user?.id,
        after: { email },
        ip,
      },
      client,
    );
    return null;
  }

  let factor: "password" | "totp" | "recovery" = "password";
  if (user.totpEnabledAt) {
    // Nothing is recorded for the first step: it is not a sign-in, and counting it as a
    // success would reset the failure counter between guesses at the code.
    if (!code) throw new SignInRefusal("mfa_required");
    const proved = await verifySecondFactor(client, user.id, code, now);
    if (!proved) {
      await recordSignInAttempt(client, { email, ip, succeeded: false, now });
      await recordAudit(
        { actorId: user.id, action: "auth.mfa_failed", objectType: "User", objectId: user.id, ip },
        client,
      );
      throw new SignInRefusal("mfa_invalid");
    }
    factor = proved;
    if (proved === "recovery") {
      await recordAudit(
        { actorId: user.id, action: "mfa.recovery_code_used", objectType: "User", objectId: user.id, ip },
        client,
      );
    }
  }

  await recordSignInAttempt(client, { email, ip, succeeded: true, now });
  await client.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await recordAudit(
    { actorId: user.id, action: "auth.signed_in", objectType: "User", objectId: user.id, after: { factor }, ip },
    client,
  );
  return { id: user.id, email: user.email, name: user.fullName };
}
