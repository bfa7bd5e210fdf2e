import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docx, jpeg1x1, pdf, png1x1, xlsx, zip } from "../../scripts/test/sample-files";
import { StoredFileMissingError } from "./file-storage";
import { contentDisposition, sanitizeFileName, uploadedFileName } from "./file-names";
import { inspectFile, type FileKind } from "./file-types";
import { LocalFileStorage } from "./local-file-storage";

const evidence: FileKind[] = ["pdf", "jpg", "png", "docx", "xlsx"];
const tenMegabytes = 10 * 1024 * 1024;

describe("inspectFile", () => {
  it.each([
    ["pdf", pdf()],
    ["jpg", jpeg1x1],
    ["png", png1x1],
    ["docx", docx()],
    ["xlsx", xlsx()],
  ] as const)("recognises a %s by its content", async (kind, bytes) => {
    expect(await inspectFile(bytes, { allowed: evidence, maxBytes: tenMegabytes })).toMatchObject({ kind });
  });

  it("refuses empty, oversize, unknown and disallowed files", async () => {
    expect(await inspectFile(new Uint8Array(), { allowed: evidence, maxBytes: tenMegabytes })).toEqual({
      refusal: "fileEmpty",
    });
    expect(await inspectFile(pdf(), { allowed: evidence, maxBytes: 100 })).toEqual({ refusal: "fileTooLarge" });
    // A script renamed to .pdf is still a script.
    expect(
      await inspectFile(Buffer.from("#!/bin/sh\nrm -rf /\n"), { allowed: evidence, maxBytes: tenMegabytes }),
    ).toEqual({ refusal: "fileTypeNotAllowed" });
    expect(
      await inspectFile(Buffer.from("<html><script>alert(1)</script></html>"), {
        allowed: evidence,
        maxBytes: tenMegabytes,
      }),
    ).toEqual({ refusal: "fileTypeNotAllowed" });
    // A plain ZIP is neither DOCX nor XLSX.
    expect(await inspectFile(zip({ "a.txt": "x" }), { allowed: evidence, maxBytes: tenMegabytes })).toEqual({
      refusal: "fileTypeNotAllowed",
    });
    // A portrait must be an image.
    expect(await inspectFile(pdf(), { allowed: ["jpg", "png"], maxBytes: tenMegabytes })).toEqual({
      refusal: "fileTypeNotAllowed",
    });
  });

  it.each([
    ["pdf", pdf()],
    ["png", png1x1],
    ["jpg", jpeg1x1],
    ["docx", docx()],
  ] as const)("refuses a truncated %s as corrupt", async (_kind, bytes) => {
    const truncated = bytes.subarray(0, Math.max(40, bytes.length - 30));
    expect(await inspectFile(truncated, { allowed: evidence, maxBytes: tenMegabytes })).toEqual({
      refusal: "fileCorrupt",
    });
  });
});

describe("file names", () => {
  it("keeps Vietnamese names and drops an upload's folders, control characters and reserved characters", () => {
    expect(sanitizeFileName("Báo cáo thành tích năm 2024.pdf")).toBe("Báo cáo thành tích năm 2024.pdf");
    expect(uploadedFileName("../../etc/passwd")).toBe("passwd");
    expect(uploadedFileName("C:\\Users\\a\\Quyết định.docx")).toBe("Quyết định.docx");
    expect(sanitizeFileName('bad\r\nname<script>"x".png')).toBe("badnamescriptx.png");
    expect(sanitizeFileName("...")).toBe("tep");
    expect(sanitizeFileName(".hidden")).toBe("hidden");
  });

  it("keeps a whole name with a slash or backslash in it, the separator made safe", () => {
    expect(sanitizeFileName("Giấy khen - Phòng Hành chính/Tổng hợp.pdf")).toBe(
      "Giấy khen - Phòng Hành chính-Tổng hợp.pdf",
    );
    expect(sanitizeFileName("Tổ A\\B.pdf")).toBe("Tổ A-B.pdf");
    expect(sanitizeFileName("../../etc/passwd")).toBe("-..-etc-passwd");
    expect(contentDisposition("Phòng Hành chính/Tổng hợp.pdf")).toContain('filename="Phong Hanh chinh-Tong hop.pdf"');
  });

  it("shortens very long names but keeps the extension", () => {
    const name = sanitizeFileName(`${"Thành tích ".repeat(40)}.xlsx`);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith(".xlsx")).toBe(true);
  });

  it("builds a download header with an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition('Đơn đề nghị "khen".pdf')).toBe(
      `attachment; filename="Don de nghi khen.pdf"; filename*=UTF-8''${encodeURIComponent("Đơn đề nghị khen.pdf")}`,
    );
  });
});

describe("LocalFileStorage", () => {
  let root: string;
  let storage: LocalFileStorage;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "vd-storage-"));
    storage = new LocalFileStorage(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("stores bytes under an opaque key, streams them back and deletes them", async () => {
    const key = await storage.put(Buffer.from("minh chứng", "utf8"));
    expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(await readFile(path.join(root, key), "utf8")).toBe("minh chứng");
    expect(await text(await storage.stream(key))).toBe("minh chứng");
    await storage.delete(key);
    await expect(storage.stream(key)).rejects.toBeInstanceOf(StoredFileMissingError);
    // Deleting twice is fine.
    await storage.delete(key);
    // Nothing half-written is left behind.
    expect(await readdir(path.join(root, "partial"))).toEqual([]);
  });

  it("never lets a key leave its directory", async () => {
    await expect(storage.stream("../../etc/passwd")).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(storage.delete("../x")).rejects.toBeInstanceOf(StoredFileMissingError);
  });
});
