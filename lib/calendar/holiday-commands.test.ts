import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor, createAdmin, createUnit } from "../../scripts/test/factories";
import { createPrismaClient } from "../db";
import { FieldError } from "../errors";
import type { Actor } from "../session";
import { addHoliday, removeHoliday } from "./holiday-commands";
import { holidaySet, holidaysOfYear } from "./holidays";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let admin: Actor;
let officer: Actor;
beforeAll(async () => {
  admin = (await createAdmin(client)).actor;
  officer = await createActor(client, { role: "OFFICER", unit: await createUnit(client) });
});

/** A day in a far year no other test uses, so runs never collide. */
const someDay = () => `2${randomInt(100, 999)}-0${randomInt(1, 9)}-1${randomInt(0, 9)}`;

describe("public holidays", () => {
  it("adds a holiday with an audit event and lists it in its year", async () => {
    const day = someDay();
    await addHoliday({ actor: admin, input: { day, name: "Giỗ Tổ Hùng Vương" } });
    expect((await holidaySet(client)).has(day)).toBe(true);
    expect(await holidaysOfYear(Number(day.slice(0, 4)), client)).toContainEqual({ day, name: "Giỗ Tổ Hùng Vương" });
    const event = await client.auditEvent.findFirstOrThrow({ where: { action: "holiday.added", objectId: day } });
    expect(event).toMatchObject({
      actorId: admin.id,
      objectType: "PublicHoliday",
      after: { day, name: "Giỗ Tổ Hùng Vương" },
    });
  });

  it("refuses a day that is already a holiday at the day field", async () => {
    const day = someDay();
    await addHoliday({ actor: admin, input: { day, name: "Quốc khánh" } });
    const error = await addHoliday({ actor: admin, input: { day, name: "Quốc khánh (lần 2)" } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "day", fieldCode: "holidayTaken" });
    expect((await client.publicHoliday.findUniqueOrThrow({ where: { day: new Date(`${day}T00:00:00Z`) } })).name).toBe(
      "Quốc khánh",
    );
  });

  it("removes a holiday with an audit event, and says not found for a day that is none", async () => {
    const day = someDay();
    await addHoliday({ actor: admin, input: { day, name: "Tết Dương lịch" } });
    await removeHoliday({ actor: admin, day });
    expect((await holidaySet(client)).has(day)).toBe(false);
    expect(
      await client.auditEvent.count({ where: { action: "holiday.removed", objectId: day, actorId: admin.id } }),
    ).toBe(1);
    await expect(removeHoliday({ actor: admin, day })).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets only administrators change the list", async () => {
    const day = someDay();
    await expect(addHoliday({ actor: officer, input: { day, name: "Ngày lễ" } })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(addHoliday({ actor: null, input: { day, name: "Ngày lễ" } })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await holidaySet(client)).has(day)).toBe(false);
    await addHoliday({ actor: admin, input: { day, name: "Ngày lễ" } });
    await expect(removeHoliday({ actor: officer, day })).rejects.toMatchObject({ code: "forbidden" });
    expect((await holidaySet(client)).has(day)).toBe(true);
  });
});
