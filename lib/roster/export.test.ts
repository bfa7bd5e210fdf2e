import { randomUUID } from "node:crypto";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfPages, pdfText } from "../../scripts/test/pdf-text";
import {
  createDecidedMovement,
  createRosterWorld,
  insertHonoree,
  type DecidedMovement,
  type RosterWorld,
} from "../../scripts/test/roster-factories";
import { createPrismaClient } from "../db";
import type { Actor } from "../session";
import { toSearchText } from "../text/search-text";
import { withFirstBatchRead, type ExportOutcome } from "../exports/batches";
import { csvField, rosterExportFileName, writeRosterCsv, writeRosterXlsx, type RosterExportOptions } from "./export";
import { ExportTooLargeError, rosterExportBatches } from "./export-rows";
import { rosterOrderBy, rosterWhere } from "./filters";
import { parseRosterParams, rosterSortKeys, type RosterParams } from "./params";
import { renderRosterListPdf } from "./pdf-list";
import { honoreeRecord } from "./record";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const citation = "Sáng kiến “một cửa số”, giữ vững kỷ cương; những đóng góp nổi bật: ữ ự ỗ.\nGần dân, trọng dân.";
const injected = '=HYPERLINK("http://example.invalid","Bấm")';

let world: RosterWorld;
let params: RosterParams;
beforeAll(async () => {
  world = await createRosterWorld(client);
  params = { ...parseRosterParams({}), movement: world.movement.id };
  await insertHonoree(client, world, {
    name: "Nguyễn Thị Hồng",
    listedFor: "PUBLIC",
    citation,
    awardedOn: "2026-12-10",
  });
  await insertHonoree(client, world, {
    name: "Phạm Đức Ưng",
    listedFor: "STAFF",
    unit: world.b,
    position: "Phó Trưởng phòng",
  });
  await insertHonoree(client, world, {
    name: "Tổ Một cửa Phường Ô Chợ Dừa",
    kind: "COLLECTIVE",
    listedFor: "PUBLIC",
    unit: world.aTeam,
    title: world.movement.titles.collective,
  });
  await insertHonoree(client, world, {
    name: injected,
    listedFor: "PUBLIC",
    position: "+84 912 345 678",
    citation: "@SUM(A1:A9) -2+3",
  });
  await insertHonoree(client, world, { name: "Lê Văn Chưa Công Bố", listedFor: null });
  await insertHonoree(client, world, { name: "Trần Văn Đã Thu Hồi", listedFor: "PUBLIC", revoked: true });
});

/** Runs `write` into memory and returns every byte. */
async function written(
  write: (options: RosterExportOptions) => Promise<ExportOutcome>,
  options: Partial<RosterExportOptions> = {},
) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.on("end", resolve));
  const { rows: count, failure } = await write({ actor: world.staffA, params, locale: "vi", output, ...options });
  await ended;
  return { count, failure, bytes: Buffer.concat(chunks) };
}

async function xlsxRows(options: Partial<RosterExportOptions> = {}) {
  const { count, bytes } = await written(writeRosterXlsx, options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { count, sheet, rows };
}

/** RFC 4180 parsing: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length > 0) throw new Error("the CSV does not end with CRLF");
  return rows;
}

async function csvRows(options: Partial<RosterExportOptions> = {}) {
  const { count, failure, bytes } = await written(writeRosterCsv, options);
  return { count, failure, bytes, rows: parseCsv(bytes.subarray(3).toString("utf8")) };
}

const names = (rows: unknown[][]) => rows.slice(1).map((row) => row[1]);

describe("roster export to Excel", () => {
  it("writes Vietnamese headers and the rows the roster lists, text kept exactly", async () => {
    const { count, sheet, rows } = await xlsxRows({ params: { ...params, sort: "name" } });
    expect(sheet.name).toBe("Danh sách vinh danh");
    expect(rows[0]).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Cá nhân / Tập thể",
      "Chức vụ",
      "Đơn vị",
      "Danh hiệu",
      "Phong trào",
      "Số quyết định",
      "Ngày quyết định",
      "Trích ngang thành tích",
    ]);
    // By name (folded): "=hyperlink…" sorts first, then Nguyễn, Phạm, Tổ.
    expect(count).toBe(4);
    expect(names(rows)).toEqual([injected, "Nguyễn Thị Hồng", "Phạm Đức Ưng", "Tổ Một cửa Phường Ô Chợ Dừa"]);
    const hong = rows[2]!;
    expect(hong).toEqual([
      2,
      "Nguyễn Thị Hồng",
      "Cá nhân",
      "Chuyên viên",
      world.a.name,
      "Lao động tiên tiến",
      world.movement.name,
      world.decision.number,
      world.decision.issuedOn,
      citation,
    ]);
    expect(rows[4]!.slice(2, 6)).toEqual(["Tập thể", undefined, world.aTeam.name, "Tập thể lao động xuất sắc"]);
    expect(sheet.getRow(3).getCell(9).numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(3).getCell(2).font?.bold).toBeFalsy();
  });

  it("leaves out unpublished and revoked recognitions, and staff-only ones for a visitor", async () => {
    const admin = names((await xlsxRows({ actor: world.admin })).rows);
    expect(admin).not.toContain("Lê Văn Chưa Công Bố");
    expect(admin).not.toContain("Trần Văn Đã Thu Hồi");
    expect(admin).toContain("Phạm Đức Ưng");
    const visitor = names((await xlsxRows({ actor: null })).rows);
    expect(visitor).toHaveLength(3);
    expect(visitor).not.toContain("Phạm Đức Ưng");
  });

  it("applies the roster's filters", async () => {
    expect(names((await xlsxRows({ params: { ...params, kind: "COLLECTIVE" } })).rows)).toEqual([
      "Tổ Một cửa Phường Ô Chợ Dừa",
    ]);
    expect(names((await xlsxRows({ params: { ...params, unit: world.b.id } })).rows)).toEqual(["Phạm Đức Ưng"]);
    // Unit a with the units below it.
    expect(names((await xlsxRows({ params: { ...params, unit: world.a.id, sort: "name" } })).rows)).toEqual([
      injected,
      "Nguyễn Thị Hồng",
      "Tổ Một cửa Phường Ô Chợ Dừa",
    ]);
    expect(names((await xlsxRows({ params: { ...params, q: "pham duc ung" } })).rows)).toEqual(["Phạm Đức Ưng"]);
    expect((await xlsxRows({ params: { ...params, from: 2027 } })).count).toBe(0);
    expect((await xlsxRows({ params: { ...params, title: world.movement.titles.collective.id } })).count).toBe(1);
  });

  it("writes English headers and values in English", async () => {
    const { rows } = await xlsxRows({ locale: "en", params: { ...params, kind: "COLLECTIVE" } });
    expect(rows[0]![0]).toBe("No.");
    expect(rows[0]![1]).toBe("Name of person / collective");
    expect(rows[1]![2]).toBe("Collective");
  });
});

describe("an export that fails after its first byte", () => {
  /** The real first batch of the view, then the database gone. */
  async function* cutAfterFirstBatch() {
    for await (const batch of rosterExportBatches({
      actor: world.staffA,
      params: { ...params, sort: "name" },
      batchSize: 2,
    })) {
      yield batch;
      throw new Error("Connection terminated unexpectedly");
    }
  }

  it("ends the Excel file with a row saying it is incomplete, instead of cutting it", async () => {
    const { count, failure, bytes } = await written(writeRosterXlsx, { batches: cutAfterFirstBatch() });
    expect(count).toBe(2);
    expect(failure?.message).toBe("Connection terminated unexpectedly");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual([
      "⚠ TỆP CHƯA ĐẦY ĐỦ: việc xuất dữ liệu bị gián đoạn sau 2 dòng. Vui lòng tải lại tệp; nếu vẫn lỗi, hãy báo quản trị viên.",
    ]);
  });

  it("ends the CSV file with a line saying it is incomplete, in the export's language", async () => {
    const { count, failure, rows } = await csvRows({ batches: cutAfterFirstBatch(), locale: "en" });
    expect(count).toBe(2);
    expect(failure?.message).toBe("Connection terminated unexpectedly");
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual([
      "⚠ INCOMPLETE FILE: the export was interrupted after 2 rows. Please download it again; if it fails again, tell an administrator.",
    ]);
  });

  it("reads the first batch before anything is sent, so a failure there is thrown, not written", async () => {
    async function* failing(): AsyncGenerator<never> {
      throw new Error("first read failed");
    }
    await expect(withFirstBatchRead(failing())).rejects.toThrow("first read failed");
    const primed = await withFirstBatchRead(rosterExportBatches({ actor: world.staffA, params, batchSize: 3 }));
    const { count, failure } = await written(writeRosterCsv, { batches: primed });
    expect(failure).toBeNull();
    expect(count).toBe(4);
  });

  it("writes nothing more once the download is gone, and says so by throwing", async () => {
    const output = new PassThrough();
    output.destroy();
    await expect(writeRosterCsv({ actor: world.staffA, params, locale: "vi", output })).rejects.toThrow();
  });
});

describe("roster export to CSV", () => {
  it("starts with a byte order mark, ends lines with CRLF and quotes what needs it", async () => {
    const { count, bytes, rows } = await csvRows({ params: { ...params, sort: "name" } });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(count).toBe(4);
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    expect(rows[0]).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Cá nhân / Tập thể",
      "Chức vụ",
      "Đơn vị",
      "Danh hiệu",
      "Phong trào",
      "Số quyết định",
      "Ngày quyết định",
      "Trích ngang thành tích",
    ]);
    // The citation's comma, curly quotes, line break and tone marks come back exactly.
    expect(rows[2]).toEqual([
      "2",
      "Nguyễn Thị Hồng",
      "Cá nhân",
      "Chuyên viên",
      world.a.name,
      "Lao động tiên tiến",
      world.movement.name,
      world.decision.number,
      "2026-12-10",
      citation,
    ]);
    expect(rows[3]!.slice(0, 5)).toEqual(["3", "Phạm Đức Ưng", "Cá nhân", "Phó Trưởng phòng", world.b.name]);
    // Bare LF only inside the quoted citation; every record ends with CRLF.
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")).toHaveLength(6);
  });

  it("guards cells that a spreadsheet would run as formulas", async () => {
    const { rows } = await csvRows({ params: { ...params, sort: "name" } });
    const row = rows[1]!;
    expect(row[1]).toBe(`'${injected}`);
    expect(row[3]).toBe("'+84 912 345 678");
    expect(row[9]).toBe("'@SUM(A1:A9) -2+3");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField(null)).toBe("");
    expect(csvField(7)).toBe("7");
  });

  it("holds exactly the rows the roster lists for the viewer", async () => {
    const visitor = await csvRows({ actor: null });
    expect(names(visitor.rows).sort()).toEqual(
      [`'${injected}`, "Nguyễn Thị Hồng", "Tổ Một cửa Phường Ô Chợ Dừa"].sort(),
    );
    const member = await csvRows({ actor: world.officerB });
    expect(names(member.rows)).toContain("Phạm Đức Ưng");
    expect(names(member.rows)).not.toContain("Lê Văn Chưa Công Bố");
  });
});

describe("rows read in batches", () => {
  let big: DecidedMovement;
  const total = 2_500;
  let tag: string;
  beforeAll(async () => {
    big = await createDecidedMovement(client, world, { issuedOn: "2026-11-20" });
    tag = `Lô ${randomUUID().slice(0, 6)}`;
    const nominations = Array.from({ length: total }, (_, i) => {
      // 1,000 distinct names, each used two or three times, on three award days: ties on every sort column but the id.
      const name = `${tag} ${String(i % 1_000).padStart(4, "0")}`;
      return { id: randomUUID(), name, awardedOn: new Date(Date.UTC(2026, 10, 18 + (i % 3))) };
    });
    await client.nomination.createMany({
      data: nominations.map((n) => ({
        id: n.id,
        movementId: big.movement.id,
        awardTitleId: big.movement.titles.basic.id,
        unitId: world.b.id,
        nominatingUnitId: world.b.id,
        createdById: world.officerB.id,
        nomineeKind: "INDIVIDUAL" as const,
        nomineeName: n.name,
        nomineeNameSearch: toSearchText(n.name),
        citation: "Hoàn thành tốt nhiệm vụ.",
        status: "HONOURED" as const,
      })),
    });
    await client.honoree.createMany({
      data: nominations.map((n) => ({
        ...honoreeRecord(
          {
            id: n.id,
            movementId: big.movement.id,
            awardTitleId: big.movement.titles.basic.id,
            unitId: world.b.id,
            unitName: world.b.name,
            nomineeKind: "INDIVIDUAL",
            nomineeName: n.name,
            birthYear: 1990,
            position: null,
            citation: "Hoàn thành tốt nhiệm vụ.",
            story: "",
            portraitFileId: null,
          },
          { id: big.decision.id, issuedOn: n.awardedOn },
        ),
        listedFor: "STAFF" as const,
        publishedAt: new Date(),
      })),
    });
  });

  it.each(rosterSortKeys)("reads every row once, in the roster's order (sort %s)", async (sort) => {
    const view = { ...params, movement: big.movement.id, sort };
    const ids: string[] = [];
    for await (const batch of rosterExportBatches({ actor: world.staffA, params: view, batchSize: 97 })) {
      expect(batch.length).toBeLessThanOrEqual(97);
      ids.push(...batch.map((row) => row.id));
    }
    // The same view read in one query, for comparison.
    const all = await client.honoree.findMany({
      where: await rosterWhere(world.staffA, view),
      orderBy: rosterOrderBy[sort],
      select: { id: true },
    });
    expect(all).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toEqual(all.map((row) => row.id));
  });

  it("leaves out a row unlisted while the export runs", async () => {
    const view = { ...params, movement: big.movement.id, sort: "name" as const };
    const batches = rosterExportBatches({ actor: world.staffA, params: view, batchSize: 500 });
    const first = await batches.next();
    const ids = first.done ? [] : first.value.map((row) => row.id);
    // One of the last rows by name, not read yet, is unpublished between two batches.
    const late = await client.honoree.findFirstOrThrow({
      where: { movementId: big.movement.id },
      orderBy: [{ nameSearch: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    await client.honoree.update({ where: { id: late.id }, data: { listedFor: null } });
    try {
      for await (const batch of batches) ids.push(...batch.map((row) => row.id));
      expect(ids).toHaveLength(total - 1);
      expect(ids).not.toContain(late.id);
    } finally {
      await client.honoree.update({ where: { id: late.id }, data: { listedFor: "STAFF" } });
    }
  });

  it("writes all 2,500 rows to Excel and CSV across batches", async () => {
    const view = { ...params, movement: big.movement.id, sort: "name" as const };
    const xlsx = await xlsxRows({ params: view, batchSize: 250 });
    expect(xlsx.count).toBe(total);
    expect(xlsx.rows).toHaveLength(total + 1);
    expect(xlsx.rows.slice(1).map((row) => row[0])).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const expected = Array.from({ length: total }, (_, i) => `${tag} ${String(i % 1_000).padStart(4, "0")}`).sort();
    expect(names(xlsx.rows)).toEqual(expected);
    const csv = await csvRows({ params: view, batchSize: 333 });
    expect(csv.count).toBe(total);
    expect(names(csv.rows)).toEqual(expected);
    // Newest first: 20 November (i % 3 = 2) first, from name 0000 (i = 2000); 18 November (i % 3 = 0) last, to name 0999 (i = 999).
    const newest = await csvRows({ params: { ...view, sort: "newest" }, batchSize: 333 });
    expect(newest.rows[1]![1]).toBe(`${tag} 0000`);
    expect(newest.rows[total]![1]).toBe(`${tag} 0999`);
  });

  it("prints a long list on numbered pages with the table header on each", async () => {
    const pdf = await renderRosterListPdf({
      actor: world.staffA,
      params: { ...params, movement: big.movement.id, sort: "name" },
      locale: "vi",
    });
    const { pages, sizes } = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(10);
    expect(sizes[0]!.width).toBeGreaterThan(sizes[0]!.height);
    pages.forEach((page, i) => {
      expect(page).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(page).toContain("Họ và tên / Tên tập thể");
    });
    expect(pages.join(" ")).toContain(`${tag} 0999`);
    expect(pages[0]).toContain("Tổng số: 2.500 trường hợp.");
  });

  it("refuses a PDF list above its limit", async () => {
    const view = { ...params, movement: big.movement.id };
    await expect(
      renderRosterListPdf({ actor: world.staffA, params: view, locale: "vi", limit: 2_499 }),
    ).rejects.toBeInstanceOf(ExportTooLargeError);
    await expect(
      renderRosterListPdf({ actor: world.staffA, params: view, locale: "vi", limit: 2_499 }),
    ).rejects.toMatchObject({ count: 2_500, limit: 2_499 });
  });
});

describe("printable PDF list", () => {
  it("has the movement's header: organizing unit, movement, decision", async () => {
    const pdf = await renderRosterListPdf({ actor: world.staffA, params, locale: "vi" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain(world.root.name.toLocaleUpperCase("vi"));
    expect(text).toContain("DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC VINH DANH");
    // The name already says "Phong trào …": not repeated as "Phong trào thi đua “Phong trào …”".
    expect(text).toContain(world.movement.name);
    expect(text).not.toContain("Phong trào thi đua “Phong trào");
    expect(text).toContain(`(Kèm theo Quyết định số ${world.decision.number} ngày 10/12/2026)`);
    for (const name of ["Nguyễn Thị Hồng", "Phạm Đức Ưng", "Tổ Một cửa Phường Ô Chợ Dừa"]) expect(text).toContain(name);
    expect(text).not.toContain("Chưa Công Bố");
    expect(text).not.toContain("Đã Thu Hồi");
    expect(text).toContain("Tổng số: 4 trường hợp.");
    expect(text).toContain("Trang 1/1");
  });

  it("has a generic header naming the filters when it is not of one movement", async () => {
    const view = {
      ...parseRosterParams({}),
      q: "Phạm Đức Ưng",
      unit: world.b.id,
      kind: "INDIVIDUAL" as const,
      from: 2026,
    };
    const text = await pdfText(await renderRosterListPdf({ actor: world.staffA, params: view, locale: "vi" }));
    expect(text).toContain("DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC VINH DANH");
    expect(text).toContain("Bộ lọc đã áp dụng: Từ khóa: “Phạm Đức Ưng”");
    expect(text).toContain(`Đơn vị: ${world.b.name} (gồm các đơn vị trực thuộc)`);
    expect(text).toContain("Loại: Cá nhân");
    expect(text).toContain("Từ năm: 2026");
    expect(text).toContain("Phạm Đức Ưng");
    // The movement is a column when the list spans movements.
    expect(text).toContain("Phong trào");
    expect(text).not.toContain("Kèm theo Quyết định");
  });

  it("is written in English for an English viewer", async () => {
    const text = await pdfText(await renderRosterListPdf({ actor: world.staffA, params, locale: "en" }));
    expect(text).toContain("HONOUR ROLL OF INDIVIDUALS AND COLLECTIVES");
    expect(text).toContain("Total: 4 honorees.");
    expect(text).toContain("Page 1/1");
  });
});

describe("file names", () => {
  it("name the movement's code for one movement, otherwise the date", async () => {
    expect(await rosterExportFileName({ actor: world.staffA, params, locale: "vi", extension: "xlsx" })).toBe(
      `Danh sách vinh danh - ${world.movement.code}.xlsx`,
    );
    expect(await rosterExportFileName({ actor: world.staffA, params, locale: "en", extension: "csv" })).toBe(
      `Honour roll - ${world.movement.code}.csv`,
    );
    expect(
      await rosterExportFileName({
        actor: world.staffA,
        params: parseRosterParams({}),
        locale: "vi",
        extension: "pdf",
      }),
    ).toMatch(/^Danh sách vinh danh - \d{4}-\d{2}-\d{2}\.pdf$/);
    // A draft movement is not named to someone who may not see it.
    await client.movement.update({ where: { id: world.movement.id }, data: { status: "DRAFT" } });
    try {
      expect(
        await rosterExportFileName({ actor: world.staffA as Actor, params, locale: "vi", extension: "xlsx" }),
      ).not.toContain(world.movement.code);
    } finally {
      await client.movement.update({ where: { id: world.movement.id }, data: { status: "DECISION" } });
    }
  });
});
