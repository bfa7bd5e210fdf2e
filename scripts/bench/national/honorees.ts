// Honorees: each honoured nomination of a decided movement, made with the app's own record
// (lib/roster/record.ts: merit key, award day, folded search text) and story (summaryToStory),
// listed for its decision's audience once published; a few were revoked since.
import type pg from "pg";
import { honoreeRecord } from "../../../lib/roster/record";
import type { AppRules } from "./app-rules";
import type { PeopleDirectory } from "./people";
import { citations } from "./content";
import { summaryVariants, type PlannedNomination } from "./nominations";
import { addDays, BatchInserter, benchUuid, ns, unit as hash, type Column } from "./sql";

const columns: Column[] = [
  ["id", "uuid"],
  ["nominationId", "uuid"],
  ["decisionId", "uuid"],
  ["movementId", "uuid"],
  ["awardTitleId", "uuid"],
  ["unitId", "uuid"],
  ["kind", `"NomineeKind"`],
  ["name", "text"],
  ["nameSearch", "text"],
  ["birthYear", "int"],
  ["position", "text"],
  ["citation", "text"],
  ["story", "text"],
  ["holderKey", "text"],
  ["awardedOn", "date"],
  ["searchText", "text"],
  ["listedFor", `"Visibility"`],
  ["publishedAt", "timestamp"],
  ["revokedAt", "timestamp"],
  ["revokedReason", "text"],
  ["revocationReference", "text"],
  ["revokedById", "uuid"],
  ["createdAt", "timestamp"],
];

/** Inserts the honorees of the honoured nominations; returns how many. */
export async function insertHonorees(
  client: pg.Client,
  planned: readonly PlannedNomination[],
  people: PeopleDirectory,
  { summaryToStory }: AppRules,
): Promise<number> {
  const stories = summaryVariants.map(summaryToStory);
  const rows = new BatchInserter(client, "Honoree", columns);
  for (const p of planned) {
    if (p.status !== "HONOURED") continue;
    const decision = p.movement.decision!;
    const record = honoreeRecord(
      {
        id: p.id,
        movementId: p.movement.id,
        awardTitleId: p.movement.titles[p.titleIndex]!.id,
        unitId: p.unit.id,
        unitName: p.unit.name,
        nomineeKind: p.kind,
        nomineeName: p.name,
        birthYear: p.birthYear,
        position: p.position,
        citation: citations[p.citationIndex]!,
        story: stories[p.summaryIndex]!,
        portraitFileId: null,
      },
      decision,
    );
    const isRevoked = hash(p.n * 4) < 0.005;
    // Added to the record rather than spread into a new object: V8 builds large spread literals slowly.
    await rows.add(
      Object.assign(record, {
        id: benchUuid(ns.honoree, p.n),
        listedFor: isRevoked ? null : p.movement.spec.visibility,
        publishedAt: decision.publishedAt,
        revokedAt: isRevoked ? addDays(decision.publishedAt, 200) : null,
        revokedReason: isRevoked ? "Hồ sơ đề nghị khen thưởng không trung thực" : null,
        revocationReference: isRevoked ? `${decision.number.split("/")[0]}a/QĐ-CĐVC` : null,
        revokedById: isRevoked ? people.adminId : null,
        createdAt: new Date(decision.issuedOn.getTime() + 9 * 3_600_000),
      }),
    );
  }
  return rows.finish();
}
