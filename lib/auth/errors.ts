/** Error code the credentials provider throws when the failure is ours (e.g. database down), not the visitor's. */
export const serviceUnavailableError = "service_unavailable";

/** Codes the credentials provider throws so the sign-in form can say something more useful than "wrong password". */
export const signInErrorCodes = {
  /** Too many failures: "throttled:<seconds until retry>". */
  throttled: "throttled",
  /** Password right, the account uses a second factor and no code was sent. */
  mfaRequired: "mfa_required",
  /** Password right, second-factor code wrong, expired or already used. */
  mfaInvalid: "mfa_invalid",
} as const;

export type SignInRefusalKind = "throttled" | "mfa_required" | "mfa_invalid";

/**
 * A sign-in refused for a reason the visitor may be told. Only thrown once the reason
 * leaks nothing: throttling happens before the password is checked; the MFA codes only
 * after the password was right.
 */
export class SignInRefusal extends Error {
  constructor(
    readonly kind: SignInRefusalKind,
    readonly retryAfterSeconds?: number,
  ) {
    super(kind === "throttled" ? `${signInErrorCodes.throttled}:${retryAfterSeconds ?? 60}` : kind);
    this.name = "SignInRefusal";
  }
}

/** Reads the `result.error` next-auth hands the client back into a refusal, or null for anything else. */
export function parseSignInError(
  error: string | null | undefined,
): { kind: SignInRefusalKind; retryAfterSeconds?: number } | null {
  if (!error) return null;
  const throttled = /^throttled:(\d+)$/.exec(error);
  if (throttled) return { kind: "throttled", retryAfterSeconds: Number(throttled[1]) };
  if (error === signInErrorCodes.mfaRequired || error === signInErrorCodes.mfaInvalid) return { kind: error };
  return null;
}
