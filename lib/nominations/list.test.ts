import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { countQueries } from "../../scripts/test/count-queries";
import {
  createNominationWorld,
  insertNomination,
  type NominationWorld,
} from "../../scripts/test/nomination-list-world";
import { createPrismaClient } from "../db";
import { escapeLike, listNominations, nominationPageSize } from "./list";
import {
  defaultListParams,
  listHref,
  listNominationsParamsSchema,
  sortHref,
  type ListNominationsParams,
} from "./list-params";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let w: NominationWorld;
const ids: Record<string, string> = {};

const params = (overrides: Partial<ListNominationsParams> = {}): ListNominationsParams => ({
  ...defaultListParams,
  movement: w.movement.id,
  ...overrides,
});
const names = (page: { rows: { nomineeName: string }[] }) => page.rows.map((r) => r.nomineeName);

beforeAll(async () => {
  w = await createNominationWorld(client);
  const add = async (
    key: string,
    options: Omit<Parameters<typeof insertNomination>[1], "movementId" | "createdById" | "awardTitleId"> & {
      awardTitleId?: string;
    },
  ) => {
    const row = await insertNomination(client, {
      movementId: w.movement.id,
      createdById: w.officerA.id,
      awardTitleId: w.individualTitle.id,
      ...options,
    });
    ids[key] = row.id;
  };
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  await add("nguyen", { unit: w.a, nomineeName: "Nguyễn Thị Ánh", status: "SUBMITTED", updatedAt: at(3) });
  await add("tran", { unit: w.a, nomineeName: "Trần Văn Bình", status: "DRAFT", updatedAt: at(5) });
  await add("le", { unit: w.b, nomineeName: "Lê Đức Cường", status: "RETURNED", updatedAt: at(4) });
  await add("team", {
    unit: w.b,
    nomineeName: "Tổ Một cửa",
    nomineeKind: "COLLECTIVE",
    awardTitleId: w.collectiveTitle.id,
    status: "IN_REVIEW",
    updatedAt: at(2),
  });
  await add("mid", { unit: w.mid, nomineeName: "Phạm Quốc Dũng", status: "DRAFT", updatedAt: at(1) });
  await add("outside", { unit: w.outside, nomineeName: "Nguyễn Văn Ngoài", status: "SUBMITTED", updatedAt: at(6) });
  await add("wild", { unit: w.a, nomineeName: "Hoàng 100%_Xuân", status: "DRAFT", updatedAt: at(7) });
});

describe("listNominations: who sees what", () => {
  it("shows an officer their unit's nominees only", async () => {
    const page = await listNominations({ actor: w.officerA, view: "officer", params: params() });
    expect(page.rows.map((r) => r.id).sort()).toEqual([ids.nguyen, ids.tran, ids.wild].sort());
    expect(page.total).toBe(3);
  });

  it("shows an officer of a higher unit the units below it too", async () => {
    const page = await listNominations({ actor: w.officerMid, view: "officer", params: params() });
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.id)).not.toContain(ids.outside);
  });

  it("shows an administrator every nomination of the movement", async () => {
    const page = await listNominations({ actor: w.admin, view: "admin", params: params() });
    expect(page.total).toBe(7);
  });

  it("does not give an administrator's view to an officer, nor an officer's to staff or reviewers", async () => {
    await expect(listNominations({ actor: w.officerA, view: "admin", params: params() })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listNominations({ actor: w.staffA, view: "officer", params: params() })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listNominations({ actor: w.reviewer, view: "officer", params: params() })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listNominations({ actor: null, view: "officer", params: params() })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("lists nothing outside the officer's units even when asked for that unit", async () => {
    const page = await listNominations({ actor: w.officerA, view: "officer", params: params({ unit: w.outside.id }) });
    expect(page).toMatchObject({ total: 0, rows: [] });
  });
});

describe("listNominations: filters, search, sort, pages", () => {
  it("filters by status, title and unit (with the units below)", async () => {
    const byStatus = await listNominations({
      actor: w.officerMid,
      view: "officer",
      params: params({ status: "DRAFT" }),
    });
    expect(names(byStatus).sort()).toEqual(["Hoàng 100%_Xuân", "Phạm Quốc Dũng", "Trần Văn Bình"]);
    const byTitle = await listNominations({
      actor: w.officerMid,
      view: "officer",
      params: params({ title: w.collectiveTitle.id }),
    });
    expect(byTitle.rows.map((r) => r.id)).toEqual([ids.team]);
    expect(byTitle.rows[0]).toMatchObject({
      nomineeKind: "COLLECTIVE",
      title: { name: w.collectiveTitle.name },
      unit: { name: w.b.name },
      movement: { name: w.movement.name },
    });
    const byUnit = await listNominations({ actor: w.admin, view: "admin", params: params({ unit: w.mid.id }) });
    expect(byUnit.total).toBe(6);
    const byLeaf = await listNominations({ actor: w.admin, view: "admin", params: params({ unit: w.b.id }) });
    expect(byLeaf.rows.map((r) => r.id).sort()).toEqual([ids.le, ids.team].sort());
  });

  it("names every row's title, unit and movement as the database relates them", async () => {
    const page = await listNominations({
      actor: w.admin,
      view: "admin",
      params: params({ movement: undefined, q: "" }),
    });
    expect(page.rows.length).toBeGreaterThan(0);
    const related = await client.nomination.findMany({
      where: { id: { in: page.rows.map((r) => r.id) } },
      select: {
        id: true,
        awardTitle: { select: { name: true, nameEn: true } },
        unit: { select: { name: true } },
        movement: { select: { id: true, name: true, nameEn: true } },
      },
    });
    const byId = new Map(related.map((r) => [r.id, r]));
    for (const row of page.rows) {
      const expected = byId.get(row.id)!;
      expect({ title: row.title, unit: row.unit, movement: row.movement }).toEqual({
        title: expected.awardTitle,
        unit: expected.unit,
        movement: expected.movement,
      });
    }
  });

  it("reads a page with its quota panel in four queries, however many rows it shows", async () => {
    const sent = countQueries();
    try {
      const page = await listNominations({ actor: w.officerMid, view: "officer", params: params() });
      expect(page.rows.length).toBeGreaterThan(1);
      expect(page.quota).not.toBeNull();
      // Count, page, the page's names, the quota panel.
      expect(sent.count).toBe(4);
    } finally {
      sent.restore();
    }
  });

  it("filters by movement: another movement's id lists nothing", async () => {
    const other = await listNominations({
      actor: w.admin,
      view: "admin",
      params: params({ movement: "00000000-0000-4000-8000-000000000000" }),
    });
    expect(other).toMatchObject({ total: 0, quota: null });
  });

  it('finds "Nguyễn" when searching "nguyen", ignoring case and diacritics', async () => {
    const page = await listNominations({ actor: w.officerMid, view: "officer", params: params({ q: "nguyen" }) });
    expect(names(page)).toEqual(["Nguyễn Thị Ánh"]);
    const accented = await listNominations({ actor: w.admin, view: "admin", params: params({ q: "  NGUYỄN  " }) });
    expect(names(accented).sort()).toEqual(["Nguyễn Thị Ánh", "Nguyễn Văn Ngoài"]);
    const đ = await listNominations({ actor: w.admin, view: "admin", params: params({ q: "duc cuong" }) });
    expect(names(đ)).toEqual(["Lê Đức Cường"]);
  });

  it("treats SQL and HTML metacharacters in the search as plain text", async () => {
    // As wildcards these would match "nguyen thi anh" and every name; taken literally they match nothing.
    for (const q of ["nguy%anh", "ng_yen", "__", "'", "<script>alert(1)</script>", "' OR 1=1 --", "\\", "%%"]) {
      const page = await listNominations({ actor: w.admin, view: "admin", params: params({ q }) });
      expect(page.total, q).toBe(0);
    }
    for (const q of ["%", "_", "%_"])
      expect(names(await listNominations({ actor: w.admin, view: "admin", params: params({ q }) })), q).toEqual([
        "Hoàng 100%_Xuân",
      ]);
    const literal = await listNominations({ actor: w.admin, view: "admin", params: params({ q: "100%_x" }) });
    expect(names(literal)).toEqual(["Hoàng 100%_Xuân"]);
    expect(escapeLike("a%b_c\\d")).toBe("a\\%b\\_c\\\\d");
  });

  it("sorts by name, last change and status, each both ways", async () => {
    const byName = await listNominations({ actor: w.officerMid, view: "officer", params: params({ sort: "name" }) });
    expect(names(byName)).toEqual([
      "Hoàng 100%_Xuân",
      "Lê Đức Cường",
      "Nguyễn Thị Ánh",
      "Phạm Quốc Dũng",
      "Tổ Một cửa",
      "Trần Văn Bình",
    ]);
    const byNameDesc = await listNominations({
      actor: w.officerMid,
      view: "officer",
      params: params({ sort: "name", dir: "desc" }),
    });
    expect(names(byNameDesc)).toEqual(names(byName).reverse());
    const newest = await listNominations({ actor: w.officerMid, view: "officer", params: params() });
    expect(newest.rows.map((r) => r.id)).toEqual([ids.wild, ids.tran, ids.le, ids.nguyen, ids.team, ids.mid]);
    const oldest = await listNominations({ actor: w.officerMid, view: "officer", params: params({ dir: "asc" }) });
    expect(oldest.rows.map((r) => r.id)).toEqual(newest.rows.map((r) => r.id).reverse());
    const byStatus = await listNominations({
      actor: w.officerMid,
      view: "officer",
      params: params({ sort: "status" }),
    });
    expect(byStatus.rows.map((r) => r.status)).toEqual([
      "DRAFT",
      "DRAFT",
      "DRAFT",
      "SUBMITTED",
      "RETURNED",
      "IN_REVIEW",
    ]);
  });

  it("pages by 25 and clamps the page into range", async () => {
    const tag = `Trang ${w.tag}`;
    for (let i = 0; i < nominationPageSize + 2; i++) {
      await insertNomination(client, {
        movementId: w.movement.id,
        awardTitleId: w.individualTitle.id,
        unit: w.b,
        createdById: w.officerA.id,
        nomineeName: `${tag} ${i}`,
      });
    }
    const last = await listNominations({ actor: w.admin, view: "admin", params: params({ q: tag, page: 99 }) });
    expect(last).toMatchObject({ total: nominationPageSize + 2, page: 2, pageCount: 2 });
    expect(last.rows).toHaveLength(2);
    const first = await listNominations({ actor: w.admin, view: "admin", params: params({ q: tag, page: -3 }) });
    expect(first).toMatchObject({ page: 1 });
    expect(first.rows).toHaveLength(nominationPageSize);
    const none = await listNominations({
      actor: w.admin,
      view: "admin",
      params: params({ q: `${tag} không có`, page: 5 }),
    });
    expect(none).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
  });
});

describe("listNominations: quota usage", () => {
  it("counts places taken per title for the movement and the officer's unit", async () => {
    const page = await listNominations({ actor: w.officerA, view: "officer", params: params() });
    expect(page.quota?.unit).toMatchObject({ id: w.a.id, headcount: 40 });
    const [individual, collective] = page.quota!.titles;
    // Drafts take no place: A has one submitted nominee; the movement also counts B's returned one, the outside one.
    // The per-unit limit is the lower of 3 and 5 % of 40 staff (2).
    expect(individual).toMatchObject({
      id: w.individualTitle.id,
      quotaTotal: 10,
      movementUsed: 3,
      unitLimit: 2,
      unitUsed: 1,
    });
    // No total for the movement: its nominations are not counted.
    expect(collective).toMatchObject({
      id: w.collectiveTitle.id,
      quotaTotal: null,
      movementUsed: null,
      unitLimit: null,
      unitUsed: 0,
    });
  });

  it("counts for the chosen unit, and for the movement only when an administrator chose none", async () => {
    const forB = await listNominations({ actor: w.admin, view: "admin", params: params({ unit: w.b.id }) });
    expect(forB.quota?.unit?.id).toBe(w.b.id);
    expect(forB.quota?.titles[0]).toMatchObject({ unitUsed: 1, unitLimit: 0 });
    const whole = await listNominations({ actor: w.admin, view: "admin", params: params() });
    expect(whole.quota?.unit).toBeNull();
    expect(whole.quota?.titles.map((t) => t.movementUsed)).toEqual([3, null]);
  });

  it("shows an empty panel for a movement without titles", async () => {
    const bare = await client.movement.create({
      data: {
        code: `LIST-${ids.nguyen!.slice(0, 8)}`,
        name: "Phong trào chưa có danh hiệu",
        description: "Phong trào dùng cho kiểm thử.",
        organizingUnitId: w.movement.organizingUnitId,
        coverageUnitId: w.movement.coverageUnitId,
        startsOn: w.movement.startsOn,
        endsOn: w.movement.endsOn,
        status: "OPEN",
      },
    });
    const page = await listNominations({ actor: w.officerA, view: "officer", params: params({ movement: bare.id }) });
    expect(page.quota).toEqual({ unit: { id: w.a.id, name: w.a.name, headcount: 40 }, titles: [] });
  });

  it("has no quota panel without a movement, nor for an officer asking about a draft movement", async () => {
    expect(
      (await listNominations({ actor: w.officerA, view: "officer", params: params({ movement: undefined }) })).quota,
    ).toBeNull();
    await client.movement.update({ where: { id: w.movement.id }, data: { status: "DRAFT" } });
    try {
      expect((await listNominations({ actor: w.officerA, view: "officer", params: params() })).quota).toBeNull();
    } finally {
      await client.movement.update({ where: { id: w.movement.id }, data: { status: "OPEN" } });
    }
  });
});

describe("list URL parameters", () => {
  it("reads malformed parameters as defaults", () => {
    expect(
      listNominationsParamsSchema.parse({
        movement: "1 OR 1=1",
        title: "",
        unit: ["x"],
        status: "LOST",
        q: ["a", "b"],
        sort: "password",
        dir: "up",
        page: "abc",
      }),
    ).toEqual({ ...defaultListParams, q: "a" });
    expect(listNominationsParamsSchema.parse({ page: "3", sort: "name", dir: "desc", status: "DRAFT" })).toMatchObject({
      page: 3,
      sort: "name",
      dir: "desc",
      status: "DRAFT",
    });
  });

  it("writes short shareable URLs and toggles the sort direction", () => {
    expect(listHref("/nominations", defaultListParams)).toBe("/nominations");
    const p = { ...defaultListParams, q: "nguyễn", status: "DRAFT" as const, page: 2 };
    expect(listHref("/nominations", p)).toBe("/nominations?status=DRAFT&q=nguy%E1%BB%85n&page=2");
    expect(sortHref("/nominations", p, "name")).toBe("/nominations?status=DRAFT&q=nguy%E1%BB%85n&sort=name");
    expect(sortHref("/nominations", { ...p, sort: "name" }, "name")).toBe(
      "/nominations?status=DRAFT&q=nguy%E1%BB%85n&sort=name&dir=desc",
    );
    expect(sortHref("/nominations", p, "updated")).toBe("/nominations?status=DRAFT&q=nguy%E1%BB%85n&dir=asc");
  });
});
