// Server-side sessions: the JWT cookie names a Session row; this module decides whether it is still good.
import { db } from "../db";
import { env } from "../env";
import type { Role } from "../generated/prisma/enums";

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
  const session = await db().session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          fullName: true,
          email: true,
          locale: true,
          isActive: true,
          mustChangePassword: true,
          totpEnabledAt: true,
          sessionsValidAfter: true,
          roles: { select: { role: true, unit: { select: { id: true, name: true, path: true } } } },
        },
      },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  const idleLimitMs = env().SESSION_IDLE_MINUTES * 60_000;
  if (now.getTime() - session.lastSeenAt.getTime() > idleLimitMs) return null;
  const { user } = session;
  if (!user.isActive || session.createdAt < user.sessionsValidAfter) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    isMfaEnrolled: user.totpEnabledAt !== null,
    roles: user.roles,
  };
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
