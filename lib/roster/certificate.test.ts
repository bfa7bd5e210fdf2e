import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfFontNames, pdfPages } from "../../scripts/test/pdf-text";
import { createRosterWorld, insertHonoree, type RosterWorld } from "../../scripts/test/roster-factories";
import { createPrismaClient } from "../db";
import { certificateData, certificatePlaceDate, movementCertificates, renderCertificates } from "./certificate";
import { certifiableCount, mayDownloadCertificate } from "./certificate-access";
import { ExportTooLargeError } from "./export-rows";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const citation = "Đi đầu trong cải cách thủ tục hành chính, giữ gìn kỷ cương: những đóng góp nổi bật ữ ự ỗ.";

let world: RosterWorld;
let hong: { id: string };
let ung: { id: string };
let team: { id: string };
let revoked: { id: string };
beforeAll(async () => {
  world = await createRosterWorld(client);
  // Unpublished: the decision is issued, so its certificate may be printed before the roster lists it.
  hong = await insertHonoree(client, world, {
    name: "Nguyễn Thị Hồng",
    position: "Phó Trưởng phòng Hộ tịch",
    citation,
    listedFor: null,
  });
  ung = await insertHonoree(client, world, { name: "Phạm Đức Ưng", unit: world.b, listedFor: "PUBLIC" });
  team = await insertHonoree(client, world, {
    name: "Tổ Một cửa Phường Ô Chợ Dừa",
    kind: "COLLECTIVE",
    unit: world.aTeam,
    title: world.movement.titles.collective,
    listedFor: "STAFF",
  });
  revoked = await insertHonoree(client, world, { name: "Trần Văn Đã Thu Hồi", revoked: true });
});

describe("certificateData", () => {
  it("gives administrators and officers of the unit or above the certificate, unpublished or not", async () => {
    for (const actor of [world.admin, world.officerA, world.officerRoot]) {
      const data = await certificateData(actor, hong.id);
      expect(data).toMatchObject({
        honoreeId: hong.id,
        name: "Nguyễn Thị Hồng",
        position: "Phó Trưởng phòng Hộ tịch",
        unitName: world.a.name,
        titleName: "Lao động tiên tiến",
        citation,
        movementName: world.movement.name,
        organizingUnit: world.root.name,
        decision: {
          number: world.decision.number,
          signerName: "Nguyễn Văn Chủ",
          issuingAuthority: "Ban Thường vụ Công đoàn ngành",
        },
      });
    }
    expect(await certificateData(world.officerA, team.id)).toMatchObject({
      name: "Tổ Một cửa Phường Ô Chợ Dừa",
      kind: "COLLECTIVE",
      position: null,
    });
  });

  it("refuses another unit's officer, members, visitors, a revoked recognition and an unknown id", async () => {
    expect(await certificateData(world.officerB, hong.id)).toBeNull();
    expect(await certificateData(world.officerA, ung.id)).toBeNull();
    expect(await certificateData(world.officerOutside, hong.id)).toBeNull();
    expect(await certificateData(world.staffA, hong.id)).toBeNull();
    expect(await certificateData(null, ung.id)).toBeNull();
    expect(await certificateData(world.admin, revoked.id)).toBeNull();
    expect(await certificateData(world.officerA, revoked.id)).toBeNull();
    expect(await certificateData(world.admin, randomUUID())).toBeNull();
  });
});

describe("renderCertificates", () => {
  it("writes one landscape A4 page in Vietnamese with the embedded Be Vietnam Pro font", async () => {
    const pdf = await renderCertificates([(await certificateData(world.officerA, hong.id))!]);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, sizes } = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    // A4 landscape: 842 × 595 points.
    expect(Math.round(sizes[0]!.width)).toBe(842);
    expect(Math.round(sizes[0]!.height)).toBe(595);
    const text = pages[0]!;
    expect(text).toContain("GIẤY CHỨNG NHẬN");
    expect(text).toContain("Nguyễn Thị Hồng");
    expect(text).toContain(`Phó Trưởng phòng Hộ tịch, ${world.a.name}`);
    expect(text).toContain("Đã đạt danh hiệu “Lao động tiên tiến”");
    // The name already says "Phong trào …".
    expect(text).toContain(`trong ${world.movement.name}`);
    expect(text).toContain("những đóng góp nổi bật ữ ự ỗ");
    expect(text).toContain("Hà Nội, ngày 10 tháng 12 năm 2026");
    expect(text).toContain(`Quyết định số ${world.decision.number} ngày 10/12/2026`);
    expect(text).toContain("BAN THƯỜNG VỤ CÔNG ĐOÀN NGÀNH");
    // The authority does not name the organizing union, so the union heads the certificate.
    expect(text).toContain(world.root.name.toLocaleUpperCase("vi"));
    expect(text).toContain("Nguyễn Văn Chủ");
    // Not the state's national name and motto: the decision is the union's.
    expect(text).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(pdfFontNames(pdf)).toEqual(["BeVietnamPro-Bold", "BeVietnamPro-Italic", "BeVietnamPro-Regular"]);
  });

  it("writes a collective's certificate without a position", async () => {
    const data = (await certificateData(world.admin, team.id))!;
    const text = (await pdfPages(await renderCertificates([{ ...data, movementName: "Tham mưu giỏi, phục vụ tốt" }])))
      .pages[0]!;
    expect(text).toContain("trong phong trào thi đua “Tham mưu giỏi, phục vụ tốt”");
    expect(text).toContain("Tổ Một cửa Phường Ô Chợ Dừa");
    expect(text).toContain(world.aTeam.name);
    expect(text).toContain("“Tập thể lao động xuất sắc”");
  });

  it("writes the date the administrative way: two digits for days below 10 and for January and February", () => {
    expect(certificatePlaceDate(new Date("2026-02-05"))).toBe("Hà Nội, ngày 05 tháng 02 năm 2026");
    expect(certificatePlaceDate(new Date("2025-03-09"))).toBe("Hà Nội, ngày 09 tháng 3 năm 2025");
    expect(certificatePlaceDate(new Date("2024-11-20"))).toBe("Hà Nội, ngày 20 tháng 11 năm 2024");
  });
});

describe("movementCertificates", () => {
  it("batches the certificates the officer may print, one page each, by unit and name", async () => {
    const batch = await movementCertificates(world.officerA, world.movement.id);
    expect(batch!.movement.code).toBe(world.movement.code);
    const names = batch!.certificates.map((c) => c.name);
    expect(names.sort()).toEqual(["Nguyễn Thị Hồng", "Tổ Một cửa Phường Ô Chợ Dừa"]);
    const pdf = await renderCertificates(batch!.certificates);
    const { pages } = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    batch!.certificates.forEach((certificate, i) => expect(pages[i]).toContain(certificate.name));
  });

  it("gives administrators every unrevoked honoree, and narrows to a unit and the units below it", async () => {
    const all = await movementCertificates(world.admin, world.movement.id);
    expect(all!.certificates.map((c) => c.name).sort()).toEqual([
      "Nguyễn Thị Hồng",
      "Phạm Đức Ưng",
      "Tổ Một cửa Phường Ô Chợ Dừa",
    ]);
    const pages = (await pdfPages(await renderCertificates(all!.certificates))).pages;
    expect(pages).toHaveLength(3);
    expect(pages.join(" ")).not.toContain("Đã Thu Hồi");
    expect(
      (await movementCertificates(world.admin, world.movement.id, { unitId: world.aTeam.id }))!.certificates.map(
        (c) => c.name,
      ),
    ).toEqual(["Tổ Một cửa Phường Ô Chợ Dừa"]);
    expect(
      (await movementCertificates(world.admin, world.movement.id, { unitId: world.a.id }))!.certificates,
    ).toHaveLength(2);
    // Officer B asking for unit A's certificates gets none of them.
    expect(
      (await movementCertificates(world.officerB, world.movement.id, { unitId: world.a.id }))!.certificates,
    ).toEqual([]);
    expect((await movementCertificates(world.officerB, world.movement.id))!.certificates.map((c) => c.name)).toEqual([
      "Phạm Đức Ưng",
    ]);
  });

  it("gives members and visitors nothing, and null for an unknown movement", async () => {
    expect((await movementCertificates(world.staffA, world.movement.id))!.certificates).toEqual([]);
    expect((await movementCertificates(null, world.movement.id))!.certificates).toEqual([]);
    expect(await movementCertificates(world.admin, randomUUID())).toBeNull();
    expect(
      (await movementCertificates(world.admin, world.movement.id, { unitId: randomUUID() }))!.certificates,
    ).toEqual([]);
  });

  it("refuses a batch above its limit", async () => {
    await expect(movementCertificates(world.admin, world.movement.id, { limit: 2 })).rejects.toBeInstanceOf(
      ExportTooLargeError,
    );
    await expect(movementCertificates(world.admin, world.movement.id, { limit: 2 })).rejects.toMatchObject({
      count: 3,
      limit: 2,
    });
    expect((await movementCertificates(world.admin, world.movement.id, { limit: 3 }))!.certificates).toHaveLength(3);
  });

  it("tells the pages whom to offer the links", async () => {
    expect(await mayDownloadCertificate(world.officerA, hong.id)).toBe(true);
    expect(await mayDownloadCertificate(world.officerRoot, team.id)).toBe(true);
    expect(await mayDownloadCertificate(world.officerB, hong.id)).toBe(false);
    expect(await mayDownloadCertificate(world.staffA, hong.id)).toBe(false);
    expect(await mayDownloadCertificate(world.admin, revoked.id)).toBe(false);
    expect(await mayDownloadCertificate(null, ung.id)).toBe(false);
    expect(await certifiableCount(world.officerA, world.movement.id)).toBe(2);
    expect(await certifiableCount(world.officerA, world.movement.id, world.b.id)).toBe(0);
    expect(await certifiableCount(world.admin, world.movement.id)).toBe(3);
    expect(await certifiableCount(world.staffA, world.movement.id)).toBe(0);
  });
});
