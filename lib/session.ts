import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "./auth/options";
import { resolveSession } from "./auth/sessions";
import type { Role } from "./generated/prisma/enums";
import { isUuid } from "./ids";
import { can, isMfaRequiredFor, type Action } from "./policy";

export interface RoleOnUnit {
  role: Role;
  unitId: string;
  unitName: string;
  /** Materialized path of the unit ("/rootId/…/unitId/"): descendants share this prefix. */
  unitPath: string;
}

/** The signed-in person as the policy sees them. */
/** The signed-in person as the policy sees them. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  locale: string;
  roles: RoleOnUnit[];
  mustChangePassword: boolean;
  isMfaEnrolled: boolean;
}

/**
 * The signed-in person, read fresh from the database on every request so that sign-out,
 * deactivation, a password or role change take effect at once, not at token expiry.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sessionId) return null;
  const user = await resolveSession(session.sessionId);
  if (!user) return null;
  return {
    id: user.id,
    name: user.fullName,
    email: user.email,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    isMfaEnrolled: user.isMfaEnrolled,
    roles: user.roles.map((r) => ({ role: r.role, unitId: r.unit.id, unitName: r.unit.name, unitPath: r.unit.path })),
  };
});

/** Pages a person may still open while a password change or MFA enrolment is pending. */
export const pendingStepPaths = { password: "/account/password", mfa: "/account/mfa" } as const;

/** True when the actor holds a role that must sign in with a second factor and has not enrolled yet. */
export function needsMfaEnrollment(actor: Actor): boolean {
  return !actor.isMfaEnrolled && isMfaRequiredFor(actor);
}

/**
 * The signed-in person, or a redirect to the sign-in page. Someone who must change their
 * password or enrol in multi-factor sign-in is sent there first; the pages for those steps
 * pass `pendingStep` to be let through.
 */
export async function requireUser(
  callbackPath = "/",
  options: { pendingStep?: "password" | "mfa" } = {},
): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (user.mustChangePassword && options.pendingStep !== "password") redirect(pendingStepPaths.password);
  if (!user.mustChangePassword && needsMfaEnrollment(user) && options.pendingStep !== "mfa")
    redirect(pendingStepPaths.mfa);
  return user;
}

/**
 * The guard of a page at `callbackPath`: the signed-in person (sign-in first, as requireUser),
 * who may do `action` when one is named; the ids taken from the URL must be well-formed. Anyone
 * else is told the page does not exist, so it says nothing of what is there.
 */
export async function requirePermission(
  callbackPath: string,
  options: { action?: Action; ids?: readonly string[] },
): Promise<Actor> {
  const actor = await requireUser(callbackPath);
  if (options.action && !can(actor, options.action)) notFound();
  if (options.ids?.some((id) => !isUuid(id))) notFound();
  return actor;
}
