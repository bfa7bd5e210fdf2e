// People: one administrator, 80 council members (REVIEWER at the national union), an officer for
// every union below it, and staff members of the grassroots unions up to 50,000 accounts. Every
// account shares one password hash. A unit's staff and nominees are drawn from the same people
// (personOf), so a nominee often has an account and may be honoured in several movements.
import type pg from "pg";
import type { Gender } from "../../../lib/generated/prisma/enums";
import { toSearchText } from "../../../lib/text/search-text";
import { families, femaleMiddles, givens, maleMiddles, reviewerPositions, staffPositions } from "./content";
import { benchUuid, Columns, insertColumns, ns, pick, type Column } from "./sql";
import type { BenchUnit } from "./units";

export const userCount = 50_000;
export const reviewerCount = 80;
export const benchEmailDomain = "vinhdanh.bench";
export const adminEmail = `admin@${benchEmailDomain}`;

export interface Person {
  name: string;
  gender: Gender;
  birthYear: number;
  position: string;
}

const middles = [...femaleMiddles, ...maleMiddles];
const nameSpace = families.length * middles.length * givens.length;

/** Person `k` of a unit: distinct names for k below 11,200 (13 is coprime with the name space), so no two staff of a unit share one. */
export function personOf(unitNo: number, k: number): Person {
  const i = (k * 13 + unitNo * 101) % nameSpace;
  const family = families[i % families.length]!;
  const middleIndex = Math.floor(i / families.length) % middles.length;
  const given = givens[Math.floor(i / (families.length * middles.length))]!;
  return {
    name: `${family} ${middles[middleIndex]} ${given}`,
    gender: middleIndex < femaleMiddles.length ? "FEMALE" : "MALE",
    birthYear: 1966 + ((k * 7 + unitNo) % 34),
    position: pick(staffPositions, k * 5 + unitNo),
  };
}

export interface PeopleDirectory {
  adminId: string;
  /** Council members, in seat order. */
  reviewerIds: string[];
  /** The officer acting for each unit (by unit number; none for the root). */
  officerOf: Map<number, string>;
  users: number;
  roles: number;
}

const userColumns: Column[] = [
  ["id", "uuid"],
  ["email", "text"],
  ["fullName", "text"],
  ["fullNameSearch", "text"],
  ["position", "text"],
  ["passwordHash", "text"],
  ["sessionsValidAfter", "timestamp"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];
const roleColumns: Column[] = [
  ["id", "uuid"],
  ["userId", "uuid"],
  ["role", `"Role"`],
  ["unitId", "uuid"],
  ["createdAt", "timestamp"],
];

const emailName = (person: { name: string }) => {
  const [family, ...rest] = toSearchText(person.name).split(" ");
  return `${rest.at(-1)}.${family}${rest.slice(0, -1).join("")}`;
};

/** Inserts every account and role; `passwordHash` is the one hash all of them share. */
export async function insertPeople(
  client: pg.Client,
  units: readonly BenchUnit[],
  passwordHash: string,
): Promise<PeopleDirectory> {
  const users = new Columns(userColumns.map(([name]) => name));
  const roles = new Columns(roleColumns.map(([name]) => name));
  const root = units[0]!;
  const add = (email: string, fullName: string, position: string, role: string, unitId: string) => {
    const no = users.length;
    const id = benchUuid(ns.user, no);
    const createdAt = new Date(Date.UTC(2018, 11, 15) + (no % 2_000) * 3_600_000);
    users.push({
      id,
      email,
      fullName,
      fullNameSearch: toSearchText(fullName),
      position,
      passwordHash,
      sessionsValidAfter: createdAt,
      createdAt,
      updatedAt: createdAt,
    });
    roles.push({ id: benchUuid(ns.role, no), userId: id, role, unitId, createdAt });
    return id;
  };
  const adminId = add(adminEmail, "Trần Thị Minh Nguyệt", "Trưởng ban Tuyên giáo – Thi đua", "ADMIN", root.id);
  const reviewerIds = Array.from({ length: reviewerCount }, (_, r) => {
    const person = personOf(root.no, r);
    return add(
      `reviewer${String(r + 1).padStart(2, "0")}@${benchEmailDomain}`,
      person.name,
      pick(reviewerPositions, r),
      "REVIEWER",
      root.id,
    );
  });
  const officerOf = new Map<number, string>();
  for (const u of units.slice(1)) {
    const title =
      u.depth === 3 ? "Chủ tịch Công đoàn cơ sở" : u.depth === 2 ? "Phó Chủ tịch Công đoàn" : "Ủy viên Ban Thường vụ";
    officerOf.set(
      u.no,
      add(
        `officer.${u.code.toLowerCase()}@${benchEmailDomain}`,
        personOf(u.no, u.headcount - 1).name,
        title,
        "OFFICER",
        u.id,
      ),
    );
  }
  // The remaining accounts are staff of the grassroots unions, in proportion to their headcounts.
  const grassroots = units.filter((u) => u.depth === 3);
  const remaining = userCount - users.length;
  const totalHeadcount = grassroots.reduce((sum, u) => sum + u.headcount, 0);
  let cumulative = 0;
  for (const u of grassroots) {
    const before = Math.floor((cumulative * remaining) / totalHeadcount);
    cumulative += u.headcount;
    const count = Math.floor((cumulative * remaining) / totalHeadcount) - before;
    for (let k = 0; k < count; k++) {
      const person = personOf(u.no, k);
      add(`${emailName(person)}.${users.length}@${benchEmailDomain}`, person.name, person.position, "STAFF", u.id);
    }
  }
  await insertColumns(client, "User", userColumns, users.arrays(userColumns));
  await insertColumns(client, "RoleAssignment", roleColumns, roles.arrays(roleColumns));
  return { adminId, reviewerIds, officerOf, users: users.length, roles: roles.length };
}
