// Registrations (đăng ký thi đua): every covered unit except a few pledges to the movement
// with 1–3 measurable targets; a finished movement also records what was achieved.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { addDays, at, day } from "./format";
import type { PeopleDirectory } from "./people";
import { seededRandom } from "./random";
import type { MovementSpec } from "./types";
import type { SeededUnit, UnitDirectory } from "./units";

/** "Công đoàn cơ sở Học viện Tư pháp" → "Học viện Tư pháp": the agency a pledge talks about. */
export function agencyName(unit: Pick<SeededUnit, "name">): string {
  return unit.name.replace(/^Công đoàn (cơ sở |bộ phận )?/, "");
}

/** The account that acts for a unit: its own officer, else the nearest one above it, else the admin. */
export function actingOfficer(
  units: UnitDirectory,
  people: PeopleDirectory,
  unitCode: string,
): { unit: SeededUnit; userId: string } {
  for (const unit of units.lineage(unitCode)) {
    const userId = people.officerAt(unit.code);
    if (userId) return { unit, userId };
  }
  return { unit: units.get(unitCode), userId: people.adminId };
}

export interface RegistrationRows {
  registrations: Prisma.RegistrationCreateManyInput[];
  targets: Prisma.RegistrationTargetCreateManyInput[];
}

/** Registration rows for the units a movement covers (coverage is the whole tree in the demo). */
export function buildRegistrations(
  spec: MovementSpec,
  movementId: string,
  units: UnitDirectory,
  people: PeopleDirectory,
): RegistrationRows {
  const plan = spec.registration;
  const random = seededRandom(`${spec.code}/registrations`);
  // A nominee's unit must have registered: without registration a title is not considered.
  const nomineeUnits = new Set(spec.nominees.map((nominee) => nominee.unitCode));
  const registering = units
    .all()
    .filter((unit) => unit.depth > 0 && (nomineeUnits.has(unit.code) || !plan.skippedUnitCodes.includes(unit.code)));

  const [windowStart, windowEnd] = plan.window;
  const windowDays = Math.max(0, Math.round((day(windowEnd).getTime() - day(windowStart).getTime()) / 86_400_000));
  const rows: RegistrationRows = { registrations: [], targets: [] };

  for (const unit of registering) {
    const id = randomUUID();
    const agency = agencyName(unit);
    const signedAt = addDays(at(windowStart, "10:30"), random.int(0, windowDays));
    const applicable = plan.targets.filter((target) => !target.kinds || target.kinds.includes(unit.kind));
    const count = Math.min(applicable.length, random.int(1, 3));
    const chosen = pickDistinct(applicable, count, random.next);

    rows.registrations.push({
      id,
      movementId,
      unitId: unit.id,
      registeredById: actingOfficer(units, people, unit.code).userId,
      pledge: random.pick(plan.pledges)(agency),
      resultsSummary: plan.results ? plan.results.summary(agency) : null,
      createdAt: signedAt,
      updatedAt: plan.results ? day(spec.endsOn) : signedAt,
    });
    chosen.forEach((target, index) => {
      const [low, high] = target.range;
      const targetValue = Math.round(random.between(low, high));
      // Most finished pledges were met or exceeded; a few fell short, as real reports show.
      const isShort = random.next() < 0.15;
      const ratio = isShort ? random.between(0.8, 0.97) : random.between(1, 1.25);
      rows.targets.push({
        registrationId: id,
        position: index + 1,
        description: target.description,
        targetValue: targetValue.toFixed(2),
        measureUnit: target.measureUnit,
        dueOn: day(plan.dueOn),
        achievedValue: plan.results
          ? Math.min(target.cap ?? Infinity, Math.round(targetValue * ratio)).toFixed(2)
          : null,
        resultNote: plan.results ? random.pick(isShort ? plan.results.shortNotes : plan.results.metNotes) : null,
      });
    });
  }
  return rows;
}

/** `count` distinct items, order kept, chosen by the seeded source. */
function pickDistinct<T>(items: readonly T[], count: number, next: () => number): T[] {
  const keyed = items.map((item) => ({ item, key: next() }));
  return keyed
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.item);
}
