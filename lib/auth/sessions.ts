// Server-side sessions: the JWT cookie names a Session row; this module decides whether it is still good.
import { db } from "../db";
import { env } from "../env";
import type { Role } from "../generated/prisma/enums";
import { isUuid } from "../ids";

/** Refresh lastSeenAt at most this often, so reading pages does not write on every request. */
const touchIntervalMs = 60_000;

/** Opens a session for a user who just proved who they are. */
export async function createSession(userId: string, context: { ip?: string | null; userAgent?: string | null } = {}) {
  const now = new Date();
  const session = await db().session.create({
    data: {
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + env().SESSION_MAX_HOURS * 3_600_000),
      ip: context.ip ?? null,
      userAgent: context.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
  return session.id;
}

export interface SessionUser {
  id: string;
  fullName: string;
  email: string;
  locale: string;
  mustChangePassword: boolean;
  isMfaEnrolled: boolean;
  roles: { role: Role; unit: { id: string; name: string; path: string } }[];
}

/**
 * The user behind a live session, or null when the session was revoked, is idle past the
 * limit, has outlived its absolute lifetime, predates the user's "valid after" instant, or
 * belongs to a deactivated account.
 */
export async function resolveSession(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  if (!isUuid(sessionId)) return null;
  // One round trip on every signed-in request: Prisma would read the session, the user, the
  // role assignments and their units in four queries.
  const [session] = await db().$queryRaw<SessionRow[]>`
    SELECT s.id::text AS id, s."createdAt", s."lastSeenAt", s."expiresAt", s."revokedAt",
           u.id::text AS "userId", u."fullName", u.email, u.locale, u."isActive", u."mustChangePassword",
           u."totpEnabledAt" IS NOT NULL AS "isMfaEnrolled", u."sessionsValidAfter",
           coalesce((
             SELECT json_agg(json_build_object('role', r.role, 'unit', json_build_object('id', un.id, 'name', un.name, 'path', un.path))
                             ORDER BY r."createdAt", r.id)
             FROM "RoleAssignment" r JOIN "Unit" un ON un.id = r."unitId"
             WHERE r."userId" = u.id
           ), '[]'::json) AS roles
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId}::uuid`;
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  const idleLimitMs = env().SESSION_IDLE_MINUTES * 60_000;
  if (now.getTime() - session.lastSeenAt.getTime() > idleLimitMs) return null;
  if (!session.isActive || session.createdAt < session.sessionsValidAfter) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    id: session.userId,
    fullName: session.fullName,
    email: session.email,
    locale: session.locale,
    mustChangePassword: session.mustChangePassword,
    isMfaEnrolled: session.isMfaEnrolled,
    roles: session.roles,
  };
}

interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userId: string;
  fullName: string;
  email: string;
  locale: string;
  isActive: boolean;
  mustChangePassword: boolean;
  isMfaEnrolled: boolean;
  sessionsValidAfter: Date;
  roles: SessionUser["roles"];
}

/** Ends one session (sign-out). */
export async function revokeSession(sessionId: string): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every session of a user, effective on their next request: deactivation, password
 * change or reset, role change. Pass the transaction client to tie it to that change.
 */
export async function revokeAllSessions(
  userId: string,
  client: Pick<ReturnType<typeof db>, "session" | "user"> = db(),
): Promise<void> {
  const now = new Date();
  await client.user.update({ where: { id: userId }, data: { sessionsValidAfter: now } });
  await client.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
