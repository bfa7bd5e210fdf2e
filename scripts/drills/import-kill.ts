// Drill: the server is killed (SIGKILL) in the middle of a 2,000-row Excel import. The import
// creates each row in its own transaction (the nomination, its children and its audit event),
// so a kill leaves whole rows or nothing; uploading the same file again skips the rows already
// created (they collide on the nominee's identity) and creates the rest: complete, no duplicates.
// To kill it at the worst moment every time, the drill holds a lock on the audit table: the next
// row's transaction writes its nomination, then waits for the lock, and the kill lands there.
import ExcelJS from "exceljs";
import pg from "pg";
import vi from "../../lib/i18n/messages/vi.json";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { maxImportRows } from "../../lib/nominations/import-file";
import { Checks, sleep } from "./checks";
import { startDrillApp, type DrillApp } from "./drill-app";
import { createDrillDatabase, drillServerUrl } from "./drill-database";
import { createDrillWorld, drillClient, type DrillWorld } from "./drill-world";

const rowCount = maxImportRows;
/** Kill the server once this many rows exist: well into the run, far from its end. */
const killAfterRows = 300;
const importDeadlineMs = 300_000;

export async function importKillDrill(checks: Checks): Promise<void> {
  const database = await createDrillDatabase(await drillServerUrl(), "vd_drill_import");
  const db = drillClient(database.url);
  try {
    const world = await createDrillWorld(db);
    const start = () => startDrillApp({ databaseUrl: database.url, officer: world.officer });
    let app = await start();
    let file = new Uint8Array();
    let firstImportId = "";
    try {
      file = await filledTemplate(app, world);
      checks.note(
        `import file: ${rowCount} rows, ${Math.round(file.length / 1024)} KB, from the template the server gives officers`,
      );
      const first = await upload(app, world, file);
      firstImportId = String(first.body.id);
      if (
        !checks.check(
          first.status === 202,
          "the import is accepted (202) and runs after the answer",
          `HTTP ${first.status}`,
        )
      )
        return;
      await waitForRows(db, world, killAfterRows);
      const { committed, inFlightXid, outcome } = await killMidRow(app, database.url, db, world);
      const afterKill = await nominationCount(db, world);
      checks.note(
        `killed the server (SIGKILL) with ${committed} rows committed and the next row's transaction (xid ${inFlightXid}) written but not committed`,
      );
      checks.check(
        committed > 0 && committed < rowCount,
        "the kill interrupted the import midway",
        `${committed}/${rowCount}`,
      );
      checks.check(
        outcome === "aborted" && afterKill === committed,
        "the row being written when the server died was rolled back whole",
        `its transaction: ${outcome}; ${afterKill} nominations`,
      );
      await checkWholeRows(checks, db, world, "after the kill");
    } finally {
      await app.stop();
    }

    app = await start();
    try {
      const rerun = await upload(app, world, file);
      if (
        !checks.check(rerun.status === 202, "after a restart, the same file is accepted again", `HTTP ${rerun.status}`)
      )
        return;
      const report = await waitForImport(app, String(rerun.body.id));
      const total = await nominationCount(db, world);
      checks.note(
        `re-run: ${report.createdCount} created, ${report.skippedCount} skipped as already imported, ${report.refusedCount} refused`,
      );
      checks.check(
        report.status === "DONE" && report.processedRows === rowCount,
        "the re-run completes",
        `${report.status}, ${report.processedRows}/${rowCount} rows`,
      );
      checks.check(
        report.refusedCount === 0 && report.createdCount + report.skippedCount === rowCount,
        "every row is either created now or reported as already there",
      );
      checks.check(total === rowCount, `the movement has exactly ${rowCount} nominations, one per row`, `${total}`);
      await checkWholeRows(checks, db, world, "after the re-run");
      const interrupted = await db.nominationImport.findUnique({
        where: { id: firstImportId },
        select: { status: true },
      });
      checks.note(
        `the killed run's record is left ${interrupted?.status} (shown as interrupted once it is 15 minutes old)`,
      );
    } finally {
      await app.stop();
    }
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

/** The officer's template for the movement, downloaded over HTTP, with `rowCount` nominees filled in. */
async function filledTemplate(app: DrillApp, world: DrillWorld): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(`${app.url}/api/nominations/import-template?movementId=${world.movementId}`, {
    headers: { cookie: app.cookie },
  });
  if (!response.ok) throw new Error(`template download failed: HTTP ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(vi.nominationImport.templateSheet);
  if (!sheet) throw new Error("the template has no data sheet");
  const values = vi.nominationImport.values;
  for (let i = 0; i < rowCount; i++) {
    // Template columns: kind, name, gender, birth year, position, unit, title, years of service, …, citation, summary.
    sheet.getRow(i + 2).values = [
      values.nomineeKind.INDIVIDUAL,
      `Người được đề nghị nhập ${String(i + 1).padStart(5, "0")}`,
      i % 2 ? values.gender.MALE : values.gender.FEMALE,
      1960 + (i % 40),
      "Chuyên viên",
      `${world.unit.name} (${world.unit.code})`,
      world.titleName,
      10,
      null,
      null,
      null,
      values.disciplined.no,
      null,
      "Hoàn thành xuất sắc nhiệm vụ được giao.",
      "Nhiều sáng kiến trong cải cách hành chính.",
    ];
  }
  // A copy with a plain ArrayBuffer behind it, as Blob wants.
  return new Uint8Array(Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function upload(app: DrillApp, world: DrillWorld, file: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.set("movementId", world.movementId);
  form.set(
    "file",
    new Blob([file], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    "danh-sach-de-nghi.xlsx",
  );
  const response = await fetch(`${app.url}/api/nominations/import`, {
    method: "POST",
    headers: { cookie: app.cookie },
    body: form,
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

/** Our own connections carry this name, so they are not taken for the app's. */
const observerName = "vd_drill_observer";

/**
 * Holds SHARE on the audit table (row inserts wait for it) until a row's transaction of the app
 * has written and is waiting there, then kills the server, lets go, and waits until PostgreSQL has
 * ended that transaction: returns the rows committed before, its xid and how it ended.
 */
async function killMidRow(app: DrillApp, url: string, db: PrismaClient, world: DrillWorld) {
  const observer = new pg.Client({ connectionString: url, application_name: observerName });
  await observer.connect();
  try {
    await observer.query("BEGIN");
    await observer.query('LOCK TABLE "AuditEvent" IN SHARE MODE');
    let inFlightXid: string | undefined;
    for (let i = 0; i < 600 && !inFlightXid; i++) {
      // Inside a transaction PostgreSQL answers pg_stat_activity from the snapshot it took at the
      // first read; without clearing it, a row that starts waiting after that read is never seen.
      await observer.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await observer.query<{ xid: string }>(
        `SELECT backend_xid::text AS xid FROM pg_stat_activity
         WHERE datname = current_database() AND application_name <> $1 AND backend_xid IS NOT NULL AND wait_event_type = 'Lock'`,
        [observerName],
      );
      inFlightXid = rows[0]?.xid;
      if (!inFlightXid) await sleep(50);
    }
    if (!inFlightXid) {
      // Say what the import was doing instead, so a failure here can be told from a slow machine.
      const state = await db.nominationImport.findFirst({
        where: { movementId: world.movementId },
        orderBy: { createdAt: "desc" },
        select: { status: true, processedRows: true },
      });
      const waiting = await observer.query<{ activity: string }>(
        `SELECT coalesce(wait_event_type, '-') || '/' || coalesce(wait_event, '-') || ' ' || state || ': ' || left(query, 80) AS activity
         FROM pg_stat_activity WHERE datname = current_database() AND application_name <> $1 AND pid <> pg_backend_pid()`,
        [observerName],
      );
      throw new Error(
        `no row transaction of the import came to wait on the audit table within 30 s (import ${state?.status ?? "not found"}, ${state?.processedRows ?? 0} rows processed; ` +
          `other sessions: ${waiting.rows.map((row) => row.activity).join(" | ") || "none"})`,
      );
    }
    const committed = await nominationCount(db, world);
    await app.kill();
    await observer.query("ROLLBACK");
    // The orphaned backend notices its client is gone once it gets the lock and tries to answer.
    // (pg_stat_activity shows a 32-bit xid; txid_status wants it with the current epoch.)
    let outcome = "in progress";
    for (let i = 0; i < 200 && outcome === "in progress"; i++) {
      outcome =
        (
          await observer.query<{ status: string }>(
            "SELECT txid_status(((txid_snapshot_xmax(txid_current_snapshot()) >> 32) << 32) + $1::bigint) AS status",
            [inFlightXid],
          )
        ).rows[0]?.status ?? "unknown";
      if (outcome === "in progress") await sleep(50);
    }
    return { committed, inFlightXid, outcome };
  } finally {
    await observer.end();
  }
}

const nominationCount = (db: PrismaClient, world: DrillWorld) =>
  db.nomination.count({ where: { movementId: world.movementId } });

async function waitForRows(db: PrismaClient, world: DrillWorld, rows: number): Promise<number> {
  const deadline = performance.now() + importDeadlineMs;
  while (performance.now() < deadline) {
    const count = await nominationCount(db, world);
    if (count >= rows) return count;
    await sleep(50);
  }
  throw new Error(`the import did not reach ${rows} rows in time`);
}

interface ImportProgress {
  status: string;
  processedRows: number;
  createdCount: number;
  skippedCount: number;
  refusedCount: number;
}

async function waitForImport(app: DrillApp, id: string): Promise<ImportProgress> {
  const deadline = performance.now() + importDeadlineMs;
  while (performance.now() < deadline) {
    const response = await fetch(`${app.url}/api/nominations/import/${id}`, { headers: { cookie: app.cookie } });
    const progress = (await response.json()) as ImportProgress;
    if (progress.status !== "RUNNING") return progress;
    await sleep(500);
  }
  throw new Error("the re-run did not finish in time");
}

/** A row is whole when its nomination exists with its "created" audit event (written in the same transaction), and never one without the other. */
async function checkWholeRows(checks: Checks, db: PrismaClient, world: DrillWorld, when: string) {
  const nominations = await db.nomination.findMany({
    where: { movementId: world.movementId },
    select: { id: true, identityKey: true, citation: true },
  });
  const ids = new Set(nominations.map((n) => n.id));
  const audits = await db.auditEvent.findMany({
    where: { action: "nomination.created", objectType: "Nomination" },
    select: { objectId: true },
  });
  const audited = new Map<string, number>();
  for (const audit of audits) if (audit.objectId) audited.set(audit.objectId, (audited.get(audit.objectId) ?? 0) + 1);
  const withoutAudit = nominations.filter((n) => audited.get(n.id) !== 1).length;
  const orphanAudits = [...audited.keys()].filter((id) => !ids.has(id)).length;
  const incomplete = nominations.filter((n) => !n.identityKey || n.citation === "").length;
  checks.check(
    withoutAudit === 0 && orphanAudits === 0 && incomplete === 0,
    `${when}: no half-created row (each nomination complete, with exactly one audit event, and no audit event without its nomination)`,
    `${nominations.length} nominations, ${withoutAudit} without their audit event, ${orphanAudits} orphan events, ${incomplete} incomplete`,
  );
}
