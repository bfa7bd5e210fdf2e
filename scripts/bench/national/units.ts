// The union tree: the national union, 20 ministry and 20 provincial unions, 8 departments under
// each, and 3–12 grassroots unions under each department (about 2,760 units in four levels).
// Headcounts vary, and the two large cities' unions are 2.5 times the size of the others.
import type pg from "pg";
import { toSearchText } from "../../../lib/text/search-text";
import {
  grassrootsName,
  largeProvinces,
  ministries,
  ministryDepartments,
  provinceDepartments,
  provinces,
} from "./content";
import { benchUuid, insertObjects, ns, unit as hash, type Column } from "./sql";

export interface BenchUnit {
  /** Row number, the source of the id. */
  no: number;
  id: string;
  code: string;
  name: string;
  /** The agency the union belongs to, for pledges ("Sở Tư pháp thành phố Hà Nội"). */
  agency: string;
  parentId: string | null;
  path: string;
  depth: number;
  headcount: number;
  /** The level-1 union above (or equal to) it; null for the root. */
  level1Name: string | null;
}

const createdAt = new Date(Date.UTC(2018, 11, 1, 2));

/** The whole tree, parents before children. */
export function buildUnits(): BenchUnit[] {
  const units: BenchUnit[] = [];
  const add = (
    name: string,
    agency: string,
    parent: BenchUnit | null,
    code: string,
    headcount: number,
    level1Name: string | null,
  ): BenchUnit => {
    const no = units.length;
    const id = benchUuid(ns.unit, no);
    const row = {
      no,
      id,
      code,
      name,
      agency,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      headcount,
      level1Name,
    };
    units.push(row);
    return row;
  };
  const root = add("Công đoàn Viên chức Việt Nam", "Công đoàn Viên chức Việt Nam", null, "CDVC", 120, null);
  const level1 = [
    ...ministries.map((m) => ({ name: `Công đoàn ${m}`, agency: m, isMinistry: true })),
    ...provinces.map((p) => ({ name: `Công đoàn Viên chức ${p}`, agency: p, isMinistry: false })),
  ];
  level1.forEach((l1, i) => {
    const scale = largeProvinces.has(l1.agency) ? 2.5 : 1;
    const top = add(
      l1.name,
      l1.agency,
      root,
      `VC${String(i + 1).padStart(2, "0")}`,
      15 + Math.floor(hash(i + 1) * 40),
      l1.name,
    );
    const departments = l1.isMinistry ? ministryDepartments : provinceDepartments;
    departments.forEach((department, d) => {
      const agency = l1.isMinistry ? `${department} – ${l1.agency}` : `${department} ${l1.agency}`;
      const mid = add(
        `Công đoàn ${agency}`,
        agency,
        top,
        `${top.code}-${d + 1}`,
        25 + Math.floor(hash(1_000 + top.no * 10 + d) * 100),
        l1.name,
      );
      const grassroots = 3 + ((mid.no * 7) % 10);
      for (let k = 1; k <= grassroots; k++) {
        const office = grassrootsName(department, k);
        const headcount = Math.round((40 + Math.floor(hash(10_000 + mid.no * 20 + k) * 560)) * scale);
        add(
          `Công đoàn cơ sở ${office} – ${agency}`,
          `${office} – ${agency}`,
          mid,
          `${mid.code}-${k}`,
          headcount,
          l1.name,
        );
      }
    });
  });
  return units;
}

const columns: Column[] = [
  ["id", "uuid"],
  ["code", "text"],
  ["name", "text"],
  ["nameSearch", "text"],
  ["parentId", "uuid"],
  ["path", "text"],
  ["depth", "int"],
  ["headcount", "int"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];

/** Inserts the tree; returns how many units. */
export async function insertUnits(client: pg.Client, units: readonly BenchUnit[]): Promise<number> {
  return insertObjects(
    client,
    "Unit",
    columns,
    units.map((u) => ({ ...u, nameSearch: toSearchText(u.name), createdAt, updatedAt: createdAt })),
  );
}
