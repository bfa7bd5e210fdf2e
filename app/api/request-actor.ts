import { getCurrentUser, needsMfaEnrollment, type Actor } from "@/lib/session";

/**
 * The signed-in person a route handler acts for: null when anonymous, and also while a
 * password change or MFA enrolment is pending (pages send them there; handlers serve nothing).
 */
export async function requestActor(): Promise<Actor | null> {
  const actor = await getCurrentUser();
  if (!actor || actor.mustChangePassword || needsMfaEnrollment(actor)) return null;
  return actor;
}

/** Headers of every answer about files: personal data, never cached by the browser or a proxy. */
export const privateNoStore = { "Cache-Control": "private, no-store" } as const;
