// Small builders the journey specs share: the e2e database, calendar days relative to today,
// units under a parent, honoured nominees, and a signed-in browser page. Each spec still makes its own world.
import { createHash, randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role, Visibility } from "../../lib/generated/prisma/enums";
import { honoreeRecord } from "../../lib/roster/record";
import { toSearchText } from "../../lib/text/search-text";
import { jpeg1x1 } from "../../scripts/test/sample-files";
import { appFileStorage } from "./matrix/file-fixtures";
import { signInViaApi } from "./sign-in";

/** A client of the database the app under test uses (close it with $disconnect). */
export const e2eDatabase = (): PrismaClient => createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });

/** A day `offset` days from today (UTC midnight), as `date` columns take it. */
export const dayFromToday = (offset: number): Date =>
  new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset));

/** A new unit named `name` under `parent`, with a unique code starting with `codePrefix`. */
export async function createChildUnit(
  db: PrismaClient,
  codePrefix: string,
  name: string,
  parent: { id: string; path: string; depth: number },
) {
  const id = randomUUID();
  return db.unit.create({
    data: {
      id,
      code: `${codePrefix}${randomUUID().slice(0, 8)}`.toUpperCase(),
      name,
      nameSearch: toSearchText(name),
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
    },
  });
}

/**
 * A movement that ended a month ago, in a new union under the root (codes and names ending with
 * `suffix`, codes starting with `code`), with one title and a published decision: where specs
 * put honorees of their own.
 */
export async function createPublishedDecision(
  db: PrismaClient,
  options: { code: string; suffix: string; unitName: string; movementName: string },
) {
  const { code, suffix } = options;
  const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
  const unit = await createChildUnit(db, code, options.unitName, root);
  const officer = await db.user.findFirstOrThrow({
    where: { roles: { some: { role: "OFFICER" } } },
    select: { id: true },
  });
  const movement = await db.movement.create({
    data: {
      code: `E2E-${code}-${suffix}`,
      name: options.movementName,
      description: "Phong trào dùng cho kiểm thử danh sách gương điển hình.",
      organizingUnitId: unit.id,
      coverageUnitId: unit.id,
      startsOn: dayFromToday(-400),
      endsOn: dayFromToday(-30),
      status: "PUBLISHED",
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
      },
    },
    include: { awardTitles: true },
  });
  const title = movement.awardTitles[0]!;
  const decision = await db.decision.create({
    data: {
      movementId: movement.id,
      number: `77/QĐ-${code}-${suffix}`,
      issuedOn: dayFromToday(-10),
      signerName: "Trần Văn Ký",
      issuingAuthority: "Ban Thường vụ Công đoàn ngành thử",
      publishedAt: new Date(),
    },
  });
  return { unit, officer, movement, title, decision };
}

/**
 * A person who can sign in at once: "{fullName} {run}", e-mail "{emailPrefix}-{run}@test.vinhdanh",
 * holding `role` on `unitId`. Hash the password once per world and pass it in.
 */
export async function createPerson(
  db: PrismaClient,
  options: {
    run: string;
    emailPrefix: string;
    fullName: string;
    role: Role;
    unitId: string;
    password: string;
    passwordHash: string;
  },
) {
  const fullName = `${options.fullName} ${options.run}`;
  const user = await db.user.create({
    data: {
      email: `${options.emailPrefix}-${options.run}@test.vinhdanh`,
      fullName,
      fullNameSearch: toSearchText(fullName),
      passwordHash: options.passwordHash,
      sessionsValidAfter: new Date(Date.now() - 60_000),
      roles: { create: [{ role: options.role, unitId: options.unitId }] },
    },
  });
  return { id: user.id, email: user.email, name: user.fullName, password: options.password };
}

/** A page of a fresh Vietnamese-locale browser context, signed in as `account`. */
export async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await signInViaApi(page, account.email, account.password);
  return page;
}

export interface HonoureeSpec {
  movementId: string;
  titleId: string;
  unit: { id: string; name: string };
  decision: { id: string; issuedOn: Date };
  /** Who filed the dossier. */
  createdById: string;
  name: string;
  citation?: string;
  position?: string;
  birthYear?: number;
  story?: string;
  /** Which roster lists it: null (the default) while unpublished. */
  listedFor?: Visibility | null;
}

/** An HONOURED dossier of an individual and its honoree row, built as a decision builds it (lib/roster/record.ts). */
export async function insertHonouredNominee(db: PrismaClient, spec: HonoureeSpec) {
  const citation = spec.citation ?? "Tham mưu giỏi, phục vụ tốt.";
  const position = spec.position ?? "Chuyên viên";
  const nomination = await db.nomination.create({
    data: {
      movementId: spec.movementId,
      awardTitleId: spec.titleId,
      unitId: spec.unit.id,
      nominatingUnitId: spec.unit.id,
      createdById: spec.createdById,
      nomineeKind: "INDIVIDUAL",
      nomineeName: spec.name,
      nomineeNameSearch: toSearchText(spec.name),
      birthYear: spec.birthYear ?? 1987,
      position,
      citation,
      status: "HONOURED",
    },
    select: { id: true },
  });
  const record = honoreeRecord(
    {
      id: nomination.id,
      movementId: spec.movementId,
      awardTitleId: spec.titleId,
      unitId: spec.unit.id,
      unitName: spec.unit.name,
      nomineeKind: "INDIVIDUAL",
      nomineeName: spec.name,
      birthYear: spec.birthYear ?? 1987,
      position,
      citation,
      story: spec.story ?? "Đồng chí luôn tận tụy với công việc.",
      portraitFileId: null,
    },
    spec.decision,
  );
  const listedFor = spec.listedFor ?? null;
  return db.honoree.create({
    data: { ...record, listedFor, publishedAt: listedFor ? new Date() : null },
    select: { id: true, name: true, nominationId: true },
  });
}

/** Gives honoree `honoreeId` a portrait (a 1×1 JPEG on its dossier), stored where the app under test reads its files. */
export async function attachPortrait(db: PrismaClient, honoreeId: string, uploadedById: string): Promise<void> {
  const { nominationId } = await db.honoree.findUniqueOrThrow({
    where: { id: honoreeId },
    select: { nominationId: true },
  });
  const file = await db.nominationFile.create({
    data: {
      nominationId,
      kind: "PORTRAIT",
      storageKey: await appFileStorage().put(jpeg1x1),
      fileName: "chan-dung.jpg",
      mimeType: "image/jpeg",
      sizeBytes: jpeg1x1.length,
      sha256: createHash("sha256").update(jpeg1x1).digest("hex"),
      uploadedById,
    },
  });
  await db.honoree.update({ where: { id: honoreeId }, data: { portraitFileId: file.id } });
}
