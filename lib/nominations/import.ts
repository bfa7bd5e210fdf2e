// Bulk import of draft nominations from an Excel file. The whole file is checked first (size,
// type, columns, rows); then each row is created on its own through createDraftNomination, so
// valid rows are created, invalid ones reported, and nothing is half-created. Re-running the
// same file creates nothing twice: a row already imported collides on the nomination's identity
// key and is reported as a duplicate, which also lets an interrupted import be finished.
import { createHash } from "node:crypto";
import { db } from "../db";
import { DomainError, FieldError, forbidden } from "../errors";
import type { ImportStatus, Prisma } from "../generated/prisma/client";
import { logger } from "../logger";
import { today as todayInAppZone } from "../movements/days";
import { can, officerRolesOverlapping, officerScopes } from "../policy";
import type { Actor } from "../session";
import { uploadedFileName } from "../storage/file-names";
import { createDraftNomination } from "./commands";
import { columnOfField } from "./import-columns";
import { readImportWorkbook, type ImportFileRefusal, type ImportRow } from "./import-file";
import { parseImportRow, type ImportLookups, type ImportProblem } from "./import-rows";
import { NominationRefusedError } from "./errors";
import { nominatingMovementsWhere } from "./list-options";
import { isNominationOpen, lockMovement } from "./locks";
import { unitsWithinScopes } from "../units/scope";

/** Progress is written to the database every this many rows (and at the end). */
export const importProgressEvery = 25;
/** A run still "running" this long after it started has died with its process. */
const staleAfterMs = 15 * 60 * 1000;

export type ImportRefusal = ImportFileRefusal | { code: "nominationClosed" | "notFound" };

/** The whole file refused before any row was read into a nomination. */
export class ImportRefusedError extends DomainError {
  constructor(readonly refusal: ImportRefusal) {
    super("invalid", `import refused: ${refusal.code}`);
    this.name = "ImportRefusedError";
  }
}

export interface ImportReportEntry {
  row: number;
  name?: string;
  outcome: "created" | "duplicate" | "refused";
  nominationId?: string;
  problems?: ImportProblem[];
}

/** Open movements in which `actor` may nominate, for the import page. */
export async function importableMovements(actor: Actor) {
  if (!can(actor, "nomination.create")) return [];
  const today = todayInAppZone();
  const movements = await db().movement.findMany({
    where: { AND: [nominatingMovementsWhere(actor, "officer"), { status: "OPEN" }] },
    orderBy: [{ startsOn: "desc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      phases: { where: { kind: "NOMINATION" }, select: { startsOn: true, endsOn: true } },
    },
  });
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return movements
    .filter((m) =>
      isNominationOpen(
        {
          status: "OPEN",
          nominationStartsOn: m.phases[0] ? day(m.phases[0].startsOn) : null,
          nominationEndsOn: m.phases[0] ? day(m.phases[0].endsOn) : null,
        },
        today,
      ),
    )
    .map((m) => ({ id: m.id, code: m.code, name: m.name, nameEn: m.nameEn }));
}

/**
 * The movement an officer imports into, if they nominate in it and it takes nominations today:
 * its id, code and covered subtree. Refused with ImportRefusedError otherwise.
 */
export async function importMovement(actor: Actor | null, movementId: string, today: string) {
  if (!actor || !can(actor, "nomination.create")) throw forbidden();
  const movement = await db().$transaction((tx) => lockMovement(tx, movementId));
  if (!movement || movement.status === "DRAFT" || officerRolesOverlapping(actor, movement.coveragePath).length === 0)
    throw new ImportRefusedError({ code: "notFound" });
  if (!isNominationOpen(movement, today)) throw new ImportRefusedError({ code: "nominationClosed" });
  return movement;
}

/**
 * Checks an uploaded file and records the import (RUNNING) with its row count; the rows are
 * then created by runNominationImport. Refuses the whole file with ImportRefusedError.
 */
export async function startNominationImport(options: {
  actor: Actor | null;
  movementId: string;
  fileName: string;
  bytes: Uint8Array;
  today?: string;
}) {
  const movement = await importMovement(options.actor, options.movementId, options.today ?? todayInAppZone());
  const actor = options.actor!;
  const parsed = await readImportWorkbook(options.bytes);
  if ("refusal" in parsed) throw new ImportRefusedError(parsed.refusal);
  // The import is filed under the officer's unit that nominates in this movement.
  const [role] = officerRolesOverlapping(actor, movement.coveragePath);
  const record = await db().nominationImport.create({
    data: {
      movementId: movement.id,
      unitId: role!.unitId,
      createdById: actor.id,
      fileName: uploadedFileName(options.fileName, "nhap-ho-so.xlsx"),
      sha256: createHash("sha256").update(options.bytes).digest("hex"),
      totalRows: parsed.rows.length,
    },
    select: { id: true },
  });
  return { importId: record.id, rows: parsed.rows };
}

async function lookupsFor(actor: Actor, movementId: string): Promise<ImportLookups> {
  const scopes = officerScopes(actor);
  const [titles, units] = await Promise.all([
    db().awardTitle.findMany({
      where: { movementId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, nameEn: true, position: true },
    }),
    db().unit.findMany({ where: unitsWithinScopes(scopes), select: { id: true, code: true, name: true } }),
  ]);
  return { movementId, titles, units };
}

/** The report entry of one row: created, a duplicate of an existing nomination, or refused and why. */
async function importRow(
  actor: Actor,
  row: ImportRow,
  lookups: ImportLookups,
  today: string,
): Promise<ImportReportEntry> {
  const name = row.cells.nomineeName?.slice(0, 200);
  const base = { row: row.row, ...(name ? { name } : {}) };
  const parsed = parseImportRow(row, lookups);
  if ("problems" in parsed) return { ...base, outcome: "refused", problems: parsed.problems };
  try {
    const { id } = await createDraftNomination({ actor, input: parsed.input, today });
    return { ...base, outcome: "created", nominationId: id };
  } catch (error) {
    if (error instanceof FieldError && error.fieldCode === "duplicateNomination")
      return { ...base, outcome: "duplicate" };
    if (error instanceof FieldError)
      return {
        ...base,
        outcome: "refused",
        problems: [{ field: columnOfField(error.field) ?? "row", code: error.fieldCode }],
      };
    if (error instanceof NominationRefusedError) {
      return {
        ...base,
        outcome: "refused",
        problems: error.problems.map((p) => ({ field: (p.field && columnOfField(p.field)) || "row", code: p.code })),
      };
    }
    // The command refuses another officer's unit as Forbidden, without saying more.
    if (error instanceof DomainError && error.code === "forbidden")
      return { ...base, outcome: "refused", problems: [{ field: "unit", code: "unitOutsideScope" }] };
    if (error instanceof DomainError && error.code === "not_found")
      return { ...base, outcome: "refused", problems: [{ field: "row", code: "notFound" }] };
    throw error;
  }
}

function counts(report: readonly ImportReportEntry[]) {
  return {
    processedRows: report.length,
    createdCount: report.filter((e) => e.outcome === "created").length,
    skippedCount: report.filter((e) => e.outcome === "duplicate").length,
    refusedCount: report.filter((e) => e.outcome === "refused").length,
    report: report as unknown as Prisma.InputJsonValue,
  };
}

/**
 * Creates the rows of a started import one by one, recording progress every few rows and the
 * per-row report. An unexpected failure (the database going away) stops the run as FAILED with
 * what was done so far; uploading the same file again completes it.
 */
export async function runNominationImport(options: {
  actor: Actor;
  importId: string;
  movementId: string;
  rows: readonly ImportRow[];
  today?: string;
}): Promise<void> {
  const { actor, importId, rows } = options;
  const today = options.today ?? todayInAppZone();
  const report: ImportReportEntry[] = [];
  try {
    const lookups = await lookupsFor(actor, options.movementId);
    for (const row of rows) {
      report.push(await importRow(actor, row, lookups, today));
      if (report.length % importProgressEvery === 0 && report.length < rows.length) {
        await db().nominationImport.update({ where: { id: importId }, data: counts(report) });
      }
    }
    await db().nominationImport.update({
      where: { id: importId },
      data: { ...counts(report), status: "DONE", finishedAt: new Date() },
    });
  } catch (error) {
    logger.error(
      { err: error instanceof Error ? error.message : String(error), importId, processed: report.length },
      "nomination import stopped",
    );
    await db()
      .nominationImport.update({
        where: { id: importId },
        data: { ...counts(report), status: "FAILED", finishedAt: new Date() },
      })
      .catch(() => logger.error({ importId }, "nomination import state not saved"));
  }
}

export type ImportViewStatus = ImportStatus | "INTERRUPTED";

const importSelect = {
  id: true,
  fileName: true,
  status: true,
  totalRows: true,
  processedRows: true,
  createdCount: true,
  skippedCount: true,
  refusedCount: true,
  report: true,
  createdAt: true,
  finishedAt: true,
  movement: { select: { id: true, name: true, nameEn: true } },
} satisfies Prisma.NominationImportSelect;

function view(row: Prisma.NominationImportGetPayload<{ select: typeof importSelect }>, now = Date.now()) {
  const status: ImportViewStatus =
    row.status === "RUNNING" && now - row.createdAt.getTime() > staleAfterMs ? "INTERRUPTED" : row.status;
  return { ...row, status, report: (Array.isArray(row.report) ? row.report : []) as unknown as ImportReportEntry[] };
}

export type NominationImportView = ReturnType<typeof view>;

/** An import with its progress and report, for the person who ran it; null for anyone else. */
export async function getNominationImport(options: {
  actor: Actor | null;
  importId: string;
}): Promise<NominationImportView | null> {
  if (!options.actor) return null;
  const row = await db().nominationImport.findFirst({
    where: { id: options.importId, createdById: options.actor.id },
    select: importSelect,
  });
  return row ? view(row) : null;
}

/** The person's latest imports, newest first, without their reports. */
export async function listRecentImports(options: { actor: Actor; take?: number }) {
  const rows = await db().nominationImport.findMany({
    where: { createdById: options.actor.id },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 5,
    select: { ...importSelect, report: false },
  });
  return rows.map((row) => ({ ...row, status: view({ ...row, report: [] }).status }));
}
