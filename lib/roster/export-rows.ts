// The rows of a roster view for an export: exactly what the roster shows `actor` (rosterWhere,
// in the view's order rosterOrderBy), read in batches so a 50,000-row export holds two batches
// of rows at a time (the one being written and the next, read meanwhile) and the list of ids.
import { db } from "../db";
import { DomainError } from "../errors";
import type { NomineeKind } from "../generated/prisma/enums";
import type { Actor } from "../session";
import { rosterOrderBy, rosterWhere } from "./filters";
import type { RosterParams } from "./params";
import { rosterAudiencesFor } from "./visibility";

/** Rows read per query. */
export const rosterExportBatchSize = 1_000;

/** The most rows a printable PDF list holds (some 170 landscape pages): lib/roster/pdf-list.ts. */
export const rosterPdfRowLimit = 5_000;

export interface RosterExportRow {
  id: string;
  name: string;
  kind: NomineeKind;
  position: string | null;
  unitName: string;
  titleName: string;
  titleNameEn: string | null;
  movementName: string;
  movementNameEn: string | null;
  decisionNumber: string;
  decisionIssuedOn: Date;
  citation: string;
}

interface RawRow extends Omit<RosterExportRow, "kind"> {
  kind: string;
}

/** The export's columns of the honorees `ids` still listed for `audiences`, names joined in. */
function readRows(ids: string[], audiences: string[]) {
  return db().$queryRaw<RawRow[]>`
    SELECT h.id::text AS id, h.name, h.kind::text AS kind, h.position, h.citation,
           u.name AS "unitName", t.name AS "titleName", t."nameEn" AS "titleNameEn",
           m.name AS "movementName", m."nameEn" AS "movementNameEn",
           d.number AS "decisionNumber", d."issuedOn" AS "decisionIssuedOn"
    FROM "Honoree" h
    JOIN "Unit" u ON u.id = h."unitId"
    JOIN "AwardTitle" t ON t.id = h."awardTitleId"
    JOIN "Movement" m ON m.id = h."movementId"
    JOIN "Decision" d ON d.id = h."decisionId"
    WHERE h.id = ANY(${ids}::uuid[]) AND h."listedFor"::text = ANY(${audiences}::text[])`;
}

/**
 * The batches of rows of the roster view `params` as `actor` sees it, in the view's order.
 *
 * Which rows and in which order come from one read of their ids through rosterWhere and
 * rosterOrderBy: the signed-in roster spans two audiences, so no index yields its order, and
 * a keyset page per batch (Prisma's cursor) re-sorted the whole view for each of them (50 × a
 * full sort for 50,000 rows). The ids (about 100 bytes a row) are then read batch by batch
 * with their columns; a row unlisted in between is left out (listedFor is checked again).
 */
export async function* rosterExportBatches(options: {
  actor: Actor | null;
  params: RosterParams;
  batchSize?: number;
}): AsyncGenerator<RosterExportRow[]> {
  const batchSize = options.batchSize ?? rosterExportBatchSize;
  const where = await rosterWhere(options.actor, options.params);
  const ordered = await db().honoree.findMany({
    where,
    orderBy: rosterOrderBy[options.params.sort],
    select: { id: true },
  });
  const audiences = rosterAudiencesFor(options.actor);
  const read = async (start: number) => {
    const ids = ordered.slice(start, start + batchSize).map((row) => row.id);
    const byId = new Map((await readRows(ids, audiences)).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...row, kind: row.kind as NomineeKind }] : [];
    });
  };
  // The next batch is read while the caller writes this one (the database works while the
  // writer formats): one batch ahead at most, so memory stays at two batches.
  let next = ordered.length > 0 ? read(0) : null;
  for (let start = 0; next; start += batchSize) {
    const batch = await next;
    next = start + batchSize < ordered.length ? read(start + batchSize) : null;
    // A caller that stops early leaves `next` unawaited: its failure must not go unhandled.
    next?.catch(() => undefined);
    if (batch.length > 0) yield batch;
  }
}

/** How many rows the roster view `params` shows `actor`. */
export async function countRosterRows(actor: Actor | null, params: RosterParams): Promise<number> {
  return db().honoree.count({ where: await rosterWhere(actor, params) });
}

/** A file refused because it would hold more than `limit` rows or pages (a PDF of 50,000 rows is not printable). */
export class ExportTooLargeError extends DomainError {
  constructor(
    readonly count: number,
    readonly limit: number,
  ) {
    super("invalid", `export too large: ${count} > ${limit}`);
    this.name = "ExportTooLargeError";
  }
}
