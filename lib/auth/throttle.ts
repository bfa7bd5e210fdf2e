// Throttling of every secret check (sign-in, the current password, second-factor codes),
// backed by SignInAttempt rows so it holds across processes and restarts. A wrong current
// password on the change-password form is a wrong guess at the same password as a failed
// sign-in, so both count against the account's limit; so do second-factor codes.
//
// Two counters, both checked before the password is (so a locked-out guesser learns nothing):
// - per account: failures for one email within the window (every kind of check), counted only
//   since that account's last proof of its password, so the owner signing in resets it;
// - per address: failed sign-ins from one IP within the window, across accounts (credential
//   stuffing); a success does not reset it, or one valid account would launder the rest. The
//   checks of someone already signed in do not count here: guessing across accounts would
//   need a session in each, and colleagues behind one office address must not pay for them.
// A lock is temporary: it lasts baseDelay × 2^(failures − limit), capped at maxDelay, from the
// latest failure. Refused attempts are not recorded as failures, so a lock always ends at a
// known time however often someone knocks. So that a stranger cannot keep the owner out, an
// address the account signed in from recently ("known address") is judged only on its own
// failures for that account. See docs/decisions/0003-sign-in-throttling.md.
import { ThrottledError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import type { SecretCheckKind } from "../generated/prisma/enums";

export const throttleLimits = {
  windowMs: 15 * 60_000,
  accountFailures: 5,
  addressFailures: 20,
  baseDelayMs: 60_000,
  maxDelayMs: 15 * 60_000,
  knownAddressMs: 30 * 24 * 3_600_000,
} as const;

type Client = Pick<PrismaClient, "signInAttempt">;

/** How long a lock lasts after `failures` failures against a limit of `limit` (0: no lock). */
export function lockDelayMs(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(throttleLimits.baseDelayMs * 2 ** (failures - limit), throttleLimits.maxDelayMs);
}

async function failures(
  client: Client,
  where: { email?: string; ip?: string; kind?: SecretCheckKind },
  since: Date,
  now: Date,
) {
  const rows = await client.signInAttempt.findMany({
    where: { ...where, succeeded: false, at: { gte: since, lte: now } },
    orderBy: { at: "desc" },
    select: { at: true },
    // Enough to reach the cap; counting further changes nothing.
    take: throttleLimits.addressFailures + 10,
  });
  return { count: rows.length, latest: rows[0]?.at ?? null };
}

function retryAfterMs(found: { count: number; latest: Date | null }, limit: number, now: Date): number {
  if (!found.latest) return 0;
  return found.latest.getTime() + lockDelayMs(found.count, limit) - now.getTime();
}

/** Seconds to wait before `email` may try a check of `kind` (a sign-in unless said) from `ip`, or null when one is allowed now. */
export async function throttleDelay(
  client: Client,
  input: { email: string; ip?: string | null; now?: Date; kind?: SecretCheckKind },
): Promise<number | null> {
  const now = input.now ?? new Date();
  const ip = input.ip || undefined;
  const windowStart = new Date(now.getTime() - throttleLimits.windowMs);

  const [lastSuccess, knownAddress] = await Promise.all([
    client.signInAttempt.findFirst({
      where: { email: input.email, succeeded: true, at: { lte: now } },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
    ip
      ? client.signInAttempt.findFirst({
          where: {
            email: input.email,
            ip,
            succeeded: true,
            at: { gte: new Date(now.getTime() - throttleLimits.knownAddressMs), lte: now },
          },
          select: { id: true },
        })
      : null,
  ]);
  const accountSince = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const account = await failures(client, { email: input.email, ...(knownAddress ? { ip } : {}) }, accountSince, now);
  const isSignIn = (input.kind ?? "SIGN_IN") === "SIGN_IN";
  const address =
    ip && isSignIn ? await failures(client, { ip, kind: "SIGN_IN" }, windowStart, now) : { count: 0, latest: null };

  const waitMs = Math.max(
    retryAfterMs(account, throttleLimits.accountFailures, now),
    retryAfterMs(address, throttleLimits.addressFailures, now),
  );
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
}

/** Records one checked attempt (refused-while-locked attempts are not recorded; see above). */
export async function recordSignInAttempt(
  client: Client,
  input: { email: string; ip?: string | null; succeeded: boolean; now?: Date; kind?: SecretCheckKind },
): Promise<void> {
  await client.signInAttempt.create({
    data: {
      email: input.email,
      ip: input.ip || null,
      succeeded: input.succeeded,
      at: input.now ?? new Date(),
      kind: input.kind ?? "SIGN_IN",
    },
  });
}

/**
 * Runs `check` (a proof of a secret of the account `email`: its password, a TOTP code) under
 * the sign-in limits: refused with ThrottledError before checking while the account or the
 * address is locked; a failure counts like a failed sign-in. A success is recorded (and so
 * resets the account's counter) only for `proves: "password"`: a right code, or one from a
 * secret the caller is enrolling themself, proves nothing about the password, and must not
 * let someone holding a stolen session wipe their wrong guesses at it.
 */
export async function throttledCheck(
  client: Client,
  subject: { email: string; ip?: string | null; now?: Date; proves: "password" | "code" },
  check: () => Promise<boolean>,
): Promise<boolean> {
  const now = subject.now ?? new Date();
  const kind: SecretCheckKind = subject.proves === "password" ? "CURRENT_PASSWORD" : "SECOND_FACTOR";
  const retryAfterSeconds = await throttleDelay(client, { email: subject.email, ip: subject.ip, now, kind });
  if (retryAfterSeconds !== null) throw new ThrottledError(retryAfterSeconds);
  const succeeded = await check();
  if (!succeeded || subject.proves === "password")
    await recordSignInAttempt(client, { email: subject.email, ip: subject.ip, succeeded, now, kind });
  return succeeded;
}
