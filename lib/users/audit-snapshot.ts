import { Prisma } from "../generated/prisma/client";

/** Fields of a person that audit events record: never the password hash, TOTP secret or recovery codes. */
export const auditedUserSelect = {
  id: true,
  email: true,
  fullName: true,
  position: true,
  locale: true,
  isActive: true,
  mustChangePassword: true,
  version: true,
} as const satisfies Prisma.UserSelect;

export type AuditedUser = Prisma.UserGetPayload<{ select: typeof auditedUserSelect }>;

/** The audited fields as JSON for AuditEvent.before/after. */
export function snapshot(user: AuditedUser): Prisma.InputJsonObject {
  return {
    email: user.email,
    fullName: user.fullName,
    position: user.position,
    locale: user.locale,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
  };
}
