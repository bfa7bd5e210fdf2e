import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRosterWorld, insertHonoree, type RosterWorld } from "../../scripts/test/roster-factories";
import { createPrismaClient } from "../db";
import { updateUnit } from "../units/commands";
import { parseRosterParams } from "./params";
import { rosterPage } from "./queries";
import { honoreeSearchText, rosterSearchTerm } from "./search";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let w: RosterWorld;
beforeAll(async () => {
  w = await createRosterWorld(client);
});

describe("roster search text", () => {
  it("folds name, position, unit and citation without diacritics or case", () => {
    expect(
      honoreeSearchText({
        name: "Phạm Đức Ưng",
        position: "Trưởng phòng",
        unitName: "Công đoàn Sở Tư pháp",
        citation: "Gương mẫu, TẬN TỤY.",
      }),
    ).toBe("pham duc ung truong phong cong doan so tu phap guong mau, tan tuy.");
    expect(rosterSearchTerm("  ĐỨC  ")).toBe("duc");
    expect(rosterSearchTerm("x".repeat(500))).toHaveLength(100);
  });

  it("follows a unit's new name: its honorees are found by it after the rename", async () => {
    const name = `Hoàng Thị Đổi Tên ${randomUUID().slice(0, 6)}`;
    await insertHonoree(client, w, { name, listedFor: "PUBLIC", unit: w.aTeam });
    const newName = `Tổ công đoàn Bộ phận Một cửa ${randomUUID().slice(0, 6)}`;
    const search = async (q: string) =>
      (await rosterPage(null, parseRosterParams({ movement: w.movement.id, q }))).rows.map((row) => row.name);
    expect(await search(newName)).toEqual([]);
    const unit = await client.unit.findUniqueOrThrow({ where: { id: w.aTeam.id } });
    await updateUnit({ actor: w.admin, id: unit.id, version: unit.version, name: newName, code: unit.code });
    expect(await search(newName.toUpperCase())).toEqual([name]);
    expect(await search(unit.name)).toEqual([]);
  });
});
