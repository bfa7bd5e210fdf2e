// Who must hear of a hand-over on a route (decision 0012): a level's officers when dossiers reach
// it, the organiser's administrators when they reach the top, and the nominating side at every
// step. In-app notices, written in the transaction of the step.
import type { Prisma } from "../generated/prisma/client";
import type { NotificationKind } from "../generated/prisma/enums";
import { notifyAll, type NotificationInput } from "../notifications/notifications";

type Tx = Prisma.TransactionClient;

/** The active officers holding the role on `unitId` itself (those who act at its level). */
export async function levelOfficerIds(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx.roleAssignment.findMany({
    where: { role: "OFFICER", unitId, user: { isActive: true } },
    select: { userId: true },
    distinct: ["userId"],
  });
  return rows.map((row) => row.userId);
}

/** The active administrators of the organiser: an ADMIN role on it or on a unit above it. */
export async function organiserAdminIds(tx: Tx, organizerPath: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT DISTINCT ra."userId"::text AS "userId"
    FROM "RoleAssignment" ra JOIN "Unit" u ON u.id = ra."unitId" JOIN "User" p ON p.id = ra."userId"
    WHERE ra.role = 'ADMIN' AND p."isActive" AND ${organizerPath} LIKE u.path || '%'`;
  return rows.map((row) => row.userId);
}

export interface RouteNotice {
  kind: NotificationKind;
  nominationId: string;
  params: Record<string, string>;
}

/** One notice of each `notices` to each of `userIds`, in one statement. */
export async function notifyEach(tx: Tx, userIds: readonly string[], notices: readonly RouteNotice[]): Promise<void> {
  const inputs: NotificationInput[] = [];
  for (const notice of notices)
    for (const userId of userIds)
      inputs.push({ userId, kind: notice.kind, nominationId: notice.nominationId, params: notice.params });
  await notifyAll(tx, inputs);
}
