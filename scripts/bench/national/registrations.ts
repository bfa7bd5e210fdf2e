// Registrations (đăng ký thi đua): every unit with a nominee in a movement registered for it (a
// title is not considered without registration), and most other covered units too, each with
// one to three measurable targets; decided movements also record what was achieved.
import type pg from "pg";
import { pledges, resultNotes, targets } from "./content";
import type { BenchMovement } from "./movements";
import type { PlannedNomination } from "./nominations";
import type { PeopleDirectory } from "./people";
import { addDays, BatchInserter, benchUuid, ns, pick, unit as hash, type Column } from "./sql";
import type { BenchUnit } from "./units";

const registrationColumns: Column[] = [
  ["id", "uuid"],
  ["movementId", "uuid"],
  ["unitId", "uuid"],
  ["registeredById", "uuid"],
  ["pledge", "text"],
  ["resultsSummary", "text"],
  ["version", "int"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];
const targetColumns: Column[] = [
  ["id", "uuid"],
  ["registrationId", "uuid"],
  ["position", "int"],
  ["description", "text"],
  ["targetValue", "numeric"],
  ["measureUnit", "text"],
  ["dueOn", "date"],
  ["achievedValue", "numeric"],
  ["resultNote", "text"],
];

/** Inserts registrations and their targets; returns both counts. */
export async function insertRegistrations(
  client: pg.Client,
  movements: readonly BenchMovement[],
  units: readonly BenchUnit[],
  planned: readonly PlannedNomination[],
  people: PeopleDirectory,
): Promise<{ registrations: number; targets: number }> {
  const nominating = new Set(planned.map((p) => p.movement.no * 100_000 + p.unit.no));
  const registrations = new BatchInserter(client, "Registration", registrationColumns);
  const rows = new BatchInserter(client, "RegistrationTarget", targetColumns);
  for (const m of movements) {
    if (m.spec.status === "DRAFT") continue;
    const window = m.phases.find((p) => p.kind === "REGISTRATION")!;
    const dueOn = m.phases.find((p) => p.kind === "NOMINATION")!.endsOn;
    const isDecided = m.decision !== null;
    for (const u of units) {
      const key = m.no * 100_000 + u.no;
      if (u.depth === 0 || !u.path.startsWith(m.coverage.path) || (!nominating.has(key) && hash(key) >= 0.85)) continue;
      const id = benchUuid(ns.registration, key);
      const createdAt = new Date(
        window.startsOn.getTime() + Math.floor(hash(key * 3) * 55) * 86_400_000 + 10 * 3_600_000,
      );
      await registrations.add({
        id,
        movementId: m.id,
        unitId: u.id,
        registeredById: people.officerOf.get(u.no)!,
        pledge: pick(pledges, key)(u.agency),
        resultsSummary: isDecided
          ? `${u.agency} đã hoàn thành các chỉ tiêu đăng ký, nhiều chỉ tiêu vượt kế hoạch.`
          : null,
        version: isDecided ? 2 : 1,
        createdAt,
        updatedAt: isDecided ? addDays(dueOn, 20) : createdAt,
      });
      const count = 1 + (key % 3);
      const first = key % targets.length;
      for (let i = 0; i < count; i++) {
        const target = targets[(first + i) % targets.length]!;
        const value = target.low + Math.floor(hash(key * 7 + i) * (target.high - target.low + 1));
        // Most pledges were met or exceeded; a few fell short, as real reports show.
        const short = hash(key * 11 + i) < 0.15;
        const achieved = Math.min(target.cap ?? Infinity, Math.round(value * (short ? 0.9 : 1.1)));
        await rows.add({
          id: benchUuid(ns.target, key * 4 + i),
          registrationId: id,
          position: i + 1,
          description: target.description,
          targetValue: value.toFixed(2),
          measureUnit: target.measureUnit,
          dueOn,
          achievedValue: isDecided ? achieved.toFixed(2) : null,
          resultNote: isDecided ? pick(short ? resultNotes.short : resultNotes.met, key + i) : null,
        });
      }
    }
  }
  return {
    registrations: await registrations.finish(),
    targets: await rows.finish(),
  };
}
