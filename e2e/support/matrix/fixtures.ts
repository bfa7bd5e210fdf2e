// The cast of the authorization matrix: a small unit tree (parent P with children A and B)
// and one person per role, created fresh in the e2e database for each run.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../../lib/auth/password";
import { createPrismaClient } from "../../../lib/db";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { Role } from "../../../lib/generated/prisma/enums";
import { toSearchText } from "../../../lib/text/search-text";
import { createFileFixtures, type FileFixtures } from "./file-fixtures";
import { createNominationFixtures, type NominationFixtures } from "./nomination-fixtures";
import { matrixAreas } from "./areas";

export const matrixRoles = [
  "anonymous",
  "staff",
  "officerA",
  "officerB",
  "officerParent",
  "reviewer",
  "admin",
] as const;
export type MatrixRole = (typeof matrixRoles)[number];

export interface MatrixFixtures {
  password: string;
  emails: Record<Exclude<MatrixRole, "anonymous">, string>;
  units: { parent: UnitRef; a: UnitRef; b: UnitRef };
  /** A staff member of unit A: the object of account-management probes. */
  memberOfA: { id: string; email: string };
  /** Movements organized by P, one per visibility case. */
  movements: { draft: MovementRef; staffOnly: MovementRef; public: MovementRef };
  /** Unit A's registration (đăng ký thi đua) for the public movement. */
  registrationOfA: { id: string };
  /** A draft nomination of unit A with one stored evidence file. */
  files: FileFixtures;
  /** Dossiers of unit A (a draft, a submitted one) in a movement taking nominations. */
  nominations: NominationFixtures;
  /** Ids of the people, for probes that act on someone's own records. */
  userIds: Record<Exclude<MatrixRole, "anonymous">, string>;
  /** What each matrix area (./areas) created for its rows, by area name. */
  areas: Record<string, Record<string, string>>;
}

interface MovementRef {
  id: string;
  name: string;
}

interface UnitRef {
  id: string;
  path: string;
  name: string;
}

export function matrixDatabase(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the suite with `npm test`, which sets it.");
  return createPrismaClient({ connectionString: url });
}

async function unit(db: PrismaClient, name: string, parent: { id: string; path: string; depth: number }) {
  const id = randomUUID();
  const row = await db.unit.create({
    data: {
      id,
      code: `MX${randomUUID().slice(0, 8)}`.toUpperCase(),
      name,
      nameSearch: toSearchText(name),
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
    },
  });
  return row;
}

/** Creates the tree and the people; every name is unique to this run. */
export async function createMatrixFixtures(db: PrismaClient): Promise<MatrixFixtures> {
  const run = randomUUID().slice(0, 8);
  const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
  const parent = await unit(db, `Công đoàn ma trận P ${run}`, root);
  const a = await unit(db, `Công đoàn cơ sở ma trận A ${run}`, parent);
  const b = await unit(db, `Công đoàn cơ sở ma trận B ${run}`, parent);
  const password = `Ma-tran-${run}-mat-khau`;
  const passwordHash = await hashPassword(password);
  const person = async (key: string, roles: { role: Role; unitId: string }[]) => {
    const fullName = `Người thử ${key} ${run}`;
    return db.user.create({
      data: {
        email: `matrix-${key.toLowerCase()}-${run}@test.vinhdanh`,
        fullName,
        fullNameSearch: toSearchText(fullName),
        passwordHash,
        sessionsValidAfter: new Date(Date.now() - 60_000),
        roles: { create: roles },
      },
    });
  };
  const staff = await person("staff", [{ role: "STAFF", unitId: a.id }]);
  const officerA = await person("officerA", [{ role: "OFFICER", unitId: a.id }]);
  const officerB = await person("officerB", [{ role: "OFFICER", unitId: b.id }]);
  const officerParent = await person("officerParent", [{ role: "OFFICER", unitId: parent.id }]);
  const reviewer = await person("reviewer", [{ role: "REVIEWER", unitId: root.id }]);
  const admin = await person("admin", [{ role: "ADMIN", unitId: root.id }]);
  const memberOfA = await person("member", [{ role: "STAFF", unitId: a.id }]);
  const movement = async (
    label: string,
    status: "DRAFT" | "OPEN",
    visibility: "PUBLIC" | "STAFF",
  ): Promise<MovementRef> => {
    const row = await db.movement.create({
      data: {
        code: `MX-${label}-${run}`,
        name: `Phong trào ma trận ${label} ${run}`,
        description: "Phong trào dùng cho kiểm thử phân quyền.",
        organizingUnitId: parent.id,
        coverageUnitId: parent.id,
        startsOn: new Date("2025-01-01"),
        endsOn: new Date("2030-12-31"),
        status,
        visibility,
      },
    });
    return { id: row.id, name: row.name };
  };
  const movements = {
    draft: await movement("draft", "DRAFT", "PUBLIC"),
    staffOnly: await movement("staff", "OPEN", "STAFF"),
    public: await movement("public", "OPEN", "PUBLIC"),
  };
  const registrationOfA = await db.registration.create({
    data: {
      movementId: movements.public.id,
      unitId: a.id,
      registeredById: officerA.id,
      pledge: `Cam kết của đơn vị A ${run}`,
    },
  });
  const files = await createFileFixtures(db, { run, parentId: parent.id, unitAId: a.id, officerAId: officerA.id });
  const nominations = await createNominationFixtures(db, {
    run,
    parentId: parent.id,
    unitAId: a.id,
    officerAId: officerA.id,
  });
  const fx: MatrixFixtures = {
    areas: {},
    movements,
    registrationOfA: { id: registrationOfA.id },
    files,
    nominations,
    userIds: {
      staff: staff.id,
      officerA: officerA.id,
      officerB: officerB.id,
      officerParent: officerParent.id,
      reviewer: reviewer.id,
      admin: admin.id,
    },
    password,
    emails: {
      staff: staff.email,
      officerA: officerA.email,
      officerB: officerB.email,
      officerParent: officerParent.email,
      reviewer: reviewer.email,
      admin: admin.email,
    },
    units: {
      parent: { id: parent.id, path: parent.path, name: parent.name },
      a: { id: a.id, path: a.path, name: a.name },
      b: { id: b.id, path: b.path, name: b.name },
    },
    memberOfA: { id: memberOfA.id, email: memberOfA.email },
  };
  for (const area of matrixAreas) fx.areas[area.name] = await area.setup(db, fx);
  return fx;
}
