import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDecidedMovement,
  createRosterWorld,
  insertHonoree,
  type DecidedMovement,
  type RosterWorld,
} from "../../scripts/test/roster-factories";
import { createActor, createUnit } from "../../scripts/test/factories";
import { jpeg1x1 } from "../../scripts/test/sample-files";
import { createPrismaClient } from "../db";
import { latestHonorees } from "../home/queries";
import type { Actor } from "../session";
import { fileStorage } from "../storage";
import { parseRosterParams, rosterPageSize, type RosterParams } from "./params";
import { openHonoreePortrait } from "./portrait";
import { honoreeProfile, rosterFilterOptions, rosterMovement, rosterPage } from "./queries";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const run = randomUUID().slice(0, 6);
let w: RosterWorld;
let older: DecidedMovement;
let outsideOfficer: Actor;
const h: Record<string, { id: string; name: string }> = {};

/** Roster parameters as a URL would give them (so they go through the same parsing). */
const params = (query: Record<string, string> = {}): RosterParams => parseRosterParams(query);
/** The names on one page of the roster of `w.movement`, as `actor` sees it. */
const names = async (actor: Actor | null, query: Record<string, string> = {}) =>
  (await rosterPage(actor, params({ movement: w.movement.id, ...query }))).rows.map((row) => row.name);
const sorted = (list: string[]) => [...list].sort();

beforeAll(async () => {
  w = await createRosterWorld(client);
  older = await createDecidedMovement(client, w, { issuedOn: "2024-06-01" });
  outsideOfficer = await createActor(client, { role: "OFFICER", unit: w.outside });
  const add = async (key: string, options: Parameters<typeof insertHonoree>[2]) => {
    const row = await insertHonoree(client, w, options);
    h[key] = { id: row.id, name: row.name };
  };
  await add("hong", { name: `Nguyễn Thị Hồng ${run}`, listedFor: "PUBLIC", awardedOn: "2026-12-10" });
  await add("duc", {
    name: `Lê Đức Thắng ${run}`,
    listedFor: "PUBLIC",
    unit: w.aTeam,
    title: w.movement.titles.individual,
    awardedOn: "2026-11-02",
    citation: "Sáng kiến số hóa toàn bộ sổ hộ tịch của phường.",
  });
  await add("team", {
    name: `Tổ Một cửa ${run}`,
    kind: "COLLECTIVE",
    listedFor: "PUBLIC",
    unit: w.b,
    title: w.movement.titles.collective,
    awardedOn: "2025-03-15",
  });
  await add("staffOnly", { name: `Trần Văn Nội Bộ ${run}`, listedFor: "STAFF", unit: w.b });
  await add("unpublished", { name: `Phạm Bí Mật ${run}`, listedFor: null });
  await add("revoked", { name: `Hoàng Thu Hồi ${run}`, revoked: true });
  await add("wild", {
    name: `Vũ 100%_Đặc ${run}`,
    listedFor: "PUBLIC",
    unit: w.b,
    citation: "Phương châm 'dân là gốc' trong mọi việc.",
  });
  await add("outsideUnpublished", { name: `Đinh Ngoài ${run}`, listedFor: null, unit: w.outside });
  await add("old", { name: `Nguyễn Văn Cũ ${run}`, listedFor: "PUBLIC", in: older });
});

describe("rosterPage: who sees what", () => {
  it("shows an anonymous visitor the publicly listed honorees only", async () => {
    expect(sorted(await names(null))).toEqual(sorted([h.hong!.name, h.duc!.name, h.team!.name, h.wild!.name]));
  });

  it("shows signed-in members the staff roster too", async () => {
    const expected = sorted([h.hong!.name, h.duc!.name, h.team!.name, h.wild!.name, h.staffOnly!.name]);
    expect(sorted(await names(w.staffA))).toEqual(expected);
  });

  it("never lists unpublished or revoked honorees, not even to their officers or administrators", async () => {
    for (const actor of [w.officerA, w.officerRoot, w.admin]) {
      const listed = await names(actor);
      expect(listed).not.toContain(h.unpublished!.name);
      expect(listed).not.toContain(h.revoked!.name);
      expect(listed).toContain(h.staffOnly!.name);
    }
  });

  it("cannot find an unlisted honoree by searching for it", async () => {
    for (const actor of [null, w.staffA, w.officerA, w.admin]) {
      expect((await rosterPage(actor, params({ q: `Phạm Bí Mật ${run}` }))).total).toBe(0);
      expect((await rosterPage(actor, params({ q: `Hoàng Thu Hồi ${run}` }))).total).toBe(0);
    }
  });
});

describe("rosterPage: search", () => {
  it("matches names without diacritics or case", async () => {
    expect(sorted(await names(null, { q: "nguyen" }))).toEqual([h.hong!.name]);
    expect(await names(null, { q: "ĐỨC" })).toEqual([h.duc!.name]);
    expect(await names(null, { q: "  NGUYỄN   THỊ  hong  " })).toEqual([h.hong!.name]);
  });

  it("matches words of the unit and of the citation", async () => {
    const unitWord = w.b.name.split(" ").slice(-3).join(" ");
    expect(sorted(await names(null, { q: unitWord }))).toEqual(sorted([h.team!.name, h.wild!.name]));
    expect(sorted(await names(w.staffA, { q: unitWord }))).toEqual(
      sorted([h.team!.name, h.wild!.name, h.staffOnly!.name]),
    );
    expect(await names(null, { q: "so hoa toan bo" })).toEqual([h.duc!.name]);
  });

  it("searches across movements when no movement is chosen", async () => {
    const page = await rosterPage(null, params({ q: `nguyen van cu ${run}` }));
    expect(page.rows.map((row) => row.name)).toEqual([h.old!.name]);
    const both = await rosterPage(null, params({ q: run, sort: "name" }));
    expect(both.rows.map((row) => row.name)).toContain(h.old!.name);
    expect(both.rows.map((row) => row.name)).toContain(h.hong!.name);
  });

  it("takes LIKE wildcards, quotes, markup and backslashes literally", async () => {
    expect(await names(null, { q: "%" })).toEqual([h.wild!.name]);
    expect(await names(null, { q: "_" })).toEqual([h.wild!.name]);
    expect(await names(null, { q: "100%_" })).toEqual([h.wild!.name]);
    expect(await names(null, { q: "'dan la goc'" })).toEqual([h.wild!.name]);
    expect(await names(null, { q: "'%<script>" })).toEqual([]);
    expect(await names(null, { q: "<script>alert(1)</script>" })).toEqual([]);
    expect(await names(null, { q: "\\" })).toEqual([]);
    expect(await names(null, { q: '\'; DROP TABLE "Honoree"; --' })).toEqual([]);
    expect(await client.honoree.count({ where: { id: h.hong!.id } })).toBe(1);
  });

  it("answers a 1000-character query (cut to 100) and ignores a longer one", async () => {
    expect(await names(null, { q: "nguyen ".repeat(143).slice(0, 1000) })).toEqual([]);
    expect((await rosterPage(null, params({ q: "x".repeat(5000), movement: w.movement.id }))).total).toBe(4);
  });
});

describe("rosterPage: filters and order", () => {
  it("filters by unit with the units below it", async () => {
    expect(sorted(await names(null, { unit: w.a.id }))).toEqual(sorted([h.hong!.name, h.duc!.name]));
    expect(await names(null, { unit: w.aTeam.id })).toEqual([h.duc!.name]);
    expect(sorted(await names(null, { unit: w.root.id }))).toEqual(
      sorted([h.hong!.name, h.duc!.name, h.team!.name, h.wild!.name]),
    );
  });

  it("shows nothing for a unit that does not exist", async () => {
    expect(await names(null, { unit: randomUUID() })).toEqual([]);
  });

  it("filters by kind, title, movement and period", async () => {
    expect(await names(null, { kind: "COLLECTIVE" })).toEqual([h.team!.name]);
    expect(await names(null, { title: w.movement.titles.individual.id })).toEqual([h.duc!.name]);
    expect(await names(null, { movement: older.movement.id })).toEqual([h.old!.name]);
    expect(await names(null, { from: "2025", to: "2025" })).toEqual([h.team!.name]);
    expect(sorted(await names(null, { from: "2026" }))).toEqual(sorted([h.hong!.name, h.duc!.name, h.wild!.name]));
    const byPeriod = await rosterPage(null, params({ q: run, to: "2024" }));
    expect(byPeriod.rows.map((row) => row.name)).toEqual([h.old!.name]);
  });

  it("ignores malformed and unknown filter values", async () => {
    const parsed = params({
      movement: "not-a-uuid",
      kind: "ALIEN",
      sort: "weird",
      from: "abc",
      to: "99999",
      unit: "1; DROP",
      title: "%",
      page: "-3",
    });
    expect(parsed).toMatchObject({
      movement: undefined,
      kind: undefined,
      sort: "newest",
      from: undefined,
      to: undefined,
      unit: undefined,
      title: undefined,
      page: 1,
    });
    const page = await rosterPage(null, { ...parsed, q: run });
    expect(page.rows.map((row) => row.name)).toContain(h.hong!.name);
  });

  it("sorts newest first by default, and oldest first or by name on request", async () => {
    const all = [h.hong!.name, h.duc!.name, h.team!.name, h.wild!.name];
    const newest = await names(null);
    // Same award day: by folded name.
    expect(newest).toEqual([h.hong!.name, h.wild!.name, h.duc!.name, h.team!.name]);
    expect(await names(null, { sort: "oldest" })).toEqual([h.team!.name, h.duc!.name, h.hong!.name, h.wild!.name]);
    expect(await names(null, { sort: "name" })).toEqual([h.duc!.name, h.hong!.name, h.team!.name, h.wild!.name]);
    expect(sorted(newest)).toEqual(sorted(all));
  });

  it("returns the row fields a card shows", async () => {
    const [row] = (await rosterPage(null, params({ movement: w.movement.id, q: "duc thang" }))).rows;
    expect(row).toMatchObject({
      id: h.duc!.id,
      kind: "INDIVIDUAL",
      position: "Chuyên viên",
      unitName: w.aTeam.name,
      titleName: w.movement.titles.individual.name,
      movementId: w.movement.id,
      movementName: w.movement.name,
      awardedOn: new Date("2026-11-02"),
      hasPortrait: false,
    });
  });
});

describe("rosterPage: pagination", () => {
  let many: DecidedMovement;
  beforeAll(async () => {
    many = await createDecidedMovement(client, w);
    for (let i = 0; i < rosterPageSize + 2; i++)
      await insertHonoree(client, w, {
        in: many,
        name: `Người ${String(i).padStart(2, "0")} ${run}`,
        listedFor: "PUBLIC",
      });
  });

  it("pages without overlap and clamps a page past the end to the last one", async () => {
    const first = await rosterPage(null, params({ movement: many.movement.id, sort: "name" }));
    expect(first).toMatchObject({ total: rosterPageSize + 2, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(rosterPageSize);
    const second = await rosterPage(null, params({ movement: many.movement.id, sort: "name", page: "2" }));
    expect(second.rows.map((row) => row.name)).toEqual([`Người 24 ${run}`, `Người 25 ${run}`]);
    const past = await rosterPage(null, params({ movement: many.movement.id, sort: "name", page: "999" }));
    expect(past.page).toBe(2);
    expect(past.rows).toEqual(second.rows);
  });

  it("shows page 1 of 1 for an empty result, whatever page was asked", async () => {
    expect(await rosterPage(null, params({ q: `không ai ${run}`, page: "7" }))).toEqual({
      rows: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });
});

describe("honoreeProfile", () => {
  it("shows a publicly listed honoree to everyone, with the decision", async () => {
    const profile = await honoreeProfile(null, h.hong!.id);
    expect(profile).toMatchObject({
      name: h.hong!.name,
      state: "listed",
      listedFor: "PUBLIC",
      unitName: w.a.name,
      movement: { id: w.movement.id, name: w.movement.name },
      decision: {
        number: w.decision.number,
        issuedOn: w.decision.issuedOn,
        signerName: "Nguyễn Văn Chủ",
        issuingAuthority: "Ban Thường vụ Công đoàn ngành",
      },
      revocation: null,
      hasPortrait: false,
    });
    expect(profile!.story).toContain("\n\n");
  });

  it("shows a staff-listed honoree to signed-in members only", async () => {
    expect(await honoreeProfile(null, h.staffOnly!.id)).toBeNull();
    expect(await honoreeProfile(w.staffA, h.staffOnly!.id)).not.toBeNull();
    expect(await honoreeProfile(outsideOfficer, h.staffOnly!.id)).not.toBeNull();
  });

  it("shows an unpublished honoree only to officers of its unit (or above) and administrators, marked", async () => {
    for (const actor of [null, w.staffA, w.officerB, outsideOfficer])
      expect(await honoreeProfile(actor, h.unpublished!.id)).toBeNull();
    for (const actor of [w.officerA, w.officerRoot, w.admin])
      expect(await honoreeProfile(actor, h.unpublished!.id)).toMatchObject({
        state: "unpublished",
        listedFor: null,
        revocation: null,
      });
  });

  it("shows a revoked honoree likewise, with the reason and the revoking decision", async () => {
    for (const actor of [null, w.staffA, w.officerB]) expect(await honoreeProfile(actor, h.revoked!.id)).toBeNull();
    for (const actor of [w.officerA, w.admin]) {
      expect(await honoreeProfile(actor, h.revoked!.id)).toMatchObject({
        state: "revoked",
        revocation: { reason: "Hồ sơ không trung thực", reference: "15/QĐ-CĐN" },
      });
    }
  });

  it("is null for a malformed or unknown id", async () => {
    for (const id of ["abc", "", "'; select 1 --", `${h.hong!.id}x`, randomUUID()])
      expect(await honoreeProfile(w.admin, id)).toBeNull();
  });
});

describe("openHonoreePortrait", () => {
  // A movement of its own, so these honorees stay out of the other tests' rosters.
  let side: DecidedMovement;
  beforeAll(async () => {
    side = await createDecidedMovement(client, w);
  });

  async function withPortrait(honoreeId: string, mimeType = "image/jpeg") {
    const honoree = await client.honoree.findUniqueOrThrow({
      where: { id: honoreeId },
      select: { nominationId: true },
    });
    const file = await client.nominationFile.create({
      data: {
        nominationId: honoree.nominationId,
        kind: "PORTRAIT",
        storageKey: await fileStorage().put(jpeg1x1),
        fileName: "chan-dung.jpg",
        mimeType,
        sizeBytes: jpeg1x1.length,
        sha256: createHash("sha256").update(jpeg1x1).digest("hex"),
        uploadedById: w.officerA.id,
      },
    });
    await client.honoree.update({ where: { id: honoreeId }, data: { portraitFileId: file.id } });
  }
  const bytesOf = async (stream: NodeJS.ReadableStream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks);
  };

  it("gives the portrait to whoever may see the profile, marked public for the public roster", async () => {
    const honoree = await insertHonoree(client, w, { in: side, listedFor: "PUBLIC" });
    await withPortrait(honoree.id);
    const portrait = await openHonoreePortrait(null, honoree.id);
    expect(portrait).toMatchObject({ mimeType: "image/jpeg", sizeBytes: jpeg1x1.length, isPublic: true });
    expect(await bytesOf(portrait!.stream)).toEqual(jpeg1x1);
    expect((await honoreeProfile(null, honoree.id))!.hasPortrait).toBe(true);
  });

  it("hides the portrait of an unpublished honoree from everyone but its officers and administrators", async () => {
    const honoree = await insertHonoree(client, w, { in: side, listedFor: null });
    await withPortrait(honoree.id);
    for (const actor of [null, w.staffA, w.officerB]) expect(await openHonoreePortrait(actor, honoree.id)).toBeNull();
    const portrait = await openHonoreePortrait(w.officerA, honoree.id);
    expect(portrait).toMatchObject({ isPublic: false });
    portrait!.stream.destroy();
  });

  it("is null without a portrait, for a file that is not an image, and for a malformed id", async () => {
    expect(await openHonoreePortrait(null, h.hong!.id)).toBeNull();
    const honoree = await insertHonoree(client, w, { in: side, listedFor: "PUBLIC" });
    await withPortrait(honoree.id, "application/pdf");
    expect(await openHonoreePortrait(w.admin, honoree.id)).toBeNull();
    expect(await openHonoreePortrait(w.admin, "../etc/passwd")).toBeNull();
  });
});

describe("rosterFilterOptions", () => {
  it("offers the movements, the top two levels of the listed honorees' units (with the units above them) and years", async () => {
    const options = await rosterFilterOptions(null);
    const movementIds = options.movements.map((m) => m.id);
    expect(movementIds).toEqual(expect.arrayContaining([w.movement.id, older.movement.id]));
    const unitIds = options.units.map((u) => u.id);
    expect(unitIds).toEqual(expect.arrayContaining([w.root.id, w.a.id, w.b.id]));
    // Below the top two levels only once a unit above is chosen.
    expect(unitIds).not.toContain(w.aTeam.id);
    // Units whose honorees are all unlisted are not offered.
    expect(unitIds).not.toContain(w.outside.id);
    const level = (id: string) => options.units.find((u) => u.id === id)!.level;
    expect(level(w.a.id)).toBe(level(w.root.id) + 1);
    // Depth first: a unit comes after the units above it, siblings by name (Sở Nội vụ before Sở Tư pháp).
    expect(unitIds.indexOf(w.b.id)).toBe(unitIds.indexOf(w.root.id) + 1);
    expect(unitIds.indexOf(w.a.id)).toBe(unitIds.indexOf(w.root.id) + 2);
    expect(options.titles).toEqual([]);
  });

  it("drills down to the chosen unit: the units below it and below each unit above it", async () => {
    for (const chosen of [w.a, w.aTeam]) {
      const units = (await rosterFilterOptions(null, { unitId: chosen.id })).units;
      const unitIds = units.map((u) => u.id);
      expect(unitIds.indexOf(w.aTeam.id), `chosen ${chosen.name}`).toBe(unitIds.indexOf(w.a.id) + 1);
      expect(units.find((u) => u.id === w.aTeam.id)!.level).toBe(units.find((u) => u.id === w.root.id)!.level + 2);
      expect(unitIds).toContain(w.b.id);
    }
    // A unit with nothing listed below it opens nothing; an id that is no unit is no choice.
    expect((await rosterFilterOptions(null, { unitId: w.outside.id })).units.map((u) => u.id)).not.toContain(
      w.outside.id,
    );
    expect((await rosterFilterOptions(null, { unitId: "not-a-uuid" })).units).toEqual(
      (await rosterFilterOptions(null)).units,
    );
  });

  it("offers only the units of one movement's listed honorees when a movement is chosen", async () => {
    const elsewhere = await createUnit(client, { name: `Công đoàn tỉnh khác ${run}` });
    const side = await createDecidedMovement(client, w);
    const listed = await insertHonoree(client, w, { in: side, unit: elsewhere, listedFor: "PUBLIC" });
    // The tree of all movements was kept by the tests above: the new honoree moves the version.
    expect((await rosterFilterOptions(null)).units.map((u) => u.id)).toContain(elsewhere.id);
    const ofMovement = (await rosterFilterOptions(null, { movementId: w.movement.id })).units.map((u) => u.id);
    expect(ofMovement).toEqual(expect.arrayContaining([w.root.id, w.a.id]));
    expect(ofMovement).not.toContain(elsewhere.id);
    // Unlisted (as when a decision is revoked), whoever writes: the unit is no longer offered.
    await client.honoree.update({ where: { id: listed.id }, data: { listedFor: null } });
    expect((await rosterFilterOptions(null)).units.map((u) => u.id)).not.toContain(elsewhere.id);
  });

  it("offers the titles and years of one movement", async () => {
    const options = await rosterFilterOptions(null, { movementId: w.movement.id });
    expect(options.titles.map((t) => t.id)).toEqual([
      w.movement.titles.basic.id,
      w.movement.titles.individual.id,
      w.movement.titles.collective.id,
    ]);
    expect(options.years).toEqual({ from: 2025, to: 2026 });
    expect((await rosterFilterOptions(null, { movementId: older.movement.id })).years).toEqual({
      from: 2024,
      to: 2024,
    });
  });

  it("does not offer a movement whose honorees are all unlisted for the viewer", async () => {
    const hidden = await createDecidedMovement(client, w);
    await insertHonoree(client, w, { in: hidden, listedFor: "STAFF" });
    expect((await rosterFilterOptions(null)).movements.map((m) => m.id)).not.toContain(hidden.movement.id);
    expect((await rosterFilterOptions(w.staffA)).movements.map((m) => m.id)).toContain(hidden.movement.id);
    expect((await rosterFilterOptions(null, { movementId: hidden.movement.id })).years).toBeNull();
  });
});

describe("rosterMovement", () => {
  it("opens a visible movement and hides drafts and malformed ids", async () => {
    expect(await rosterMovement(null, w.movement.id)).toMatchObject({ id: w.movement.id, name: w.movement.name });
    expect(await rosterMovement(null, "nope")).toBeNull();
    const draft = await createUnit(client).then((unit) =>
      client.movement.create({
        data: {
          code: `DR-${run}`,
          name: `Nháp ${run}`,
          description: "-",
          organizingUnitId: unit.id,
          coverageUnitId: unit.id,
          startsOn: new Date("2026-01-01"),
          endsOn: new Date("2026-12-31"),
        },
      }),
    );
    expect(await rosterMovement(null, draft.id)).toBeNull();
    expect(await rosterMovement(w.staffA, draft.id)).toBeNull();
    expect(await rosterMovement(w.admin, draft.id)).not.toBeNull();
  });
});

describe("latestHonorees (home page)", () => {
  it("shows listed honorees only, the latest published first", async () => {
    const side = await createDecidedMovement(client, w);
    const first = await insertHonoree(client, w, { in: side, name: `Mới công bố ${run}`, listedFor: "PUBLIC" });
    const staff = await insertHonoree(client, w, { in: side, name: `Mới nội bộ ${run}`, listedFor: "STAFF" });
    await client.honoree.update({ where: { id: first.id }, data: { publishedAt: new Date(Date.now() + 60_000) } });
    await client.honoree.update({ where: { id: staff.id }, data: { publishedAt: new Date(Date.now() + 120_000) } });
    const anonymous = await latestHonorees({ actor: null, take: 50 });
    expect(anonymous[0]).toMatchObject({ id: first.id, name: first.name, unitName: w.a.name });
    expect(anonymous.map((card) => card.id)).not.toContain(staff.id);
    const signedIn = await latestHonorees({ actor: w.staffA, take: 50 });
    expect(signedIn.slice(0, 2).map((card) => card.id)).toEqual([staff.id, first.id]);
    expect(signedIn.map((card) => card.id)).not.toContain(h.unpublished!.id);
    expect(signedIn.map((card) => card.id)).not.toContain(h.revoked!.id);
  });
});
