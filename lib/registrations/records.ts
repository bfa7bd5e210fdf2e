// Shared steps of the registration commands: row locks (movement and coverage FOR SHARE, so a
// status change or a move of the covered subtree waits for us) and the audit snapshot.
import type { Prisma } from "../generated/prisma/client";
import type { MovementStatus } from "../generated/prisma/enums";

export type Tx = Prisma.TransactionClient;

export interface LockedMovement {
  id: string;
  status: MovementStatus;
  startsOn: string;
  endsOn: string;
  coveragePath: string;
  /** Last day of the REGISTRATION phase, if the movement has one. */
  registrationEndsOn: string | null;
}

/** Reads a movement FOR SHARE (with its coverage root's path), or null when there is none. */
export async function lockMovement(tx: Tx, id: string): Promise<LockedMovement | null> {
  const rows = await tx.$queryRaw<LockedMovement[]>`
    SELECT m.id::text AS id, m.status::text AS status,
           to_char(m."startsOn", 'YYYY-MM-DD') AS "startsOn",
           to_char(m."endsOn", 'YYYY-MM-DD') AS "endsOn",
           c.path AS "coveragePath",
           (SELECT to_char(p."endsOn", 'YYYY-MM-DD') FROM "MovementPhase" p
             WHERE p."movementId" = m.id AND p.kind = 'REGISTRATION') AS "registrationEndsOn"
    FROM "Movement" m JOIN "Unit" c ON c.id = m."coverageUnitId"
    WHERE m.id = ${id}::uuid
    FOR SHARE OF m, c`;
  return rows[0] ?? null;
}

export interface LockedRegistration {
  id: string;
  movementId: string;
  version: number;
  unitPath: string;
  unitIsActive: boolean;
}

/** Reads a registration FOR UPDATE and its unit FOR SHARE, or null when there is none. */
export async function lockRegistration(tx: Tx, id: string): Promise<LockedRegistration | null> {
  const rows = await tx.$queryRaw<LockedRegistration[]>`
    SELECT r.id::text AS id, r."movementId"::text AS "movementId", r.version,
           u.path AS "unitPath", u."isActive" AS "unitIsActive"
    FROM "Registration" r JOIN "Unit" u ON u.id = r."unitId"
    WHERE r.id = ${id}::uuid
    FOR UPDATE OF r FOR SHARE OF u`;
  return rows[0] ?? null;
}

const snapshotSelect = {
  movementId: true,
  unitId: true,
  pledge: true,
  resultsSummary: true,
  version: true,
  targets: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      description: true,
      targetValue: true,
      measureUnit: true,
      dueOn: true,
      achievedValue: true,
      resultNote: true,
    },
  },
} satisfies Prisma.RegistrationSelect;

/** What the audit log keeps of a registration before and after a change (decimals as text, days as YYYY-MM-DD). */
export async function snapshot(tx: Tx, id: string) {
  const row = await tx.registration.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  return {
    ...row,
    targets: row.targets.map((target) => ({
      ...target,
      targetValue: target.targetValue?.toString() ?? null,
      achievedValue: target.achievedValue?.toString() ?? null,
      dueOn: target.dueOn?.toISOString().slice(0, 10) ?? null,
    })),
  };
}
