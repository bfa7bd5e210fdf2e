import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNominationWorld,
  createSubmitted,
  individualDossier,
  type NominationWorld,
} from "../../scripts/test/nomination-factories";
import { createActor, createUnit } from "../../scripts/test/factories";
import { createPrismaClient } from "../db";
import { returnNomination } from "../nominations/commands";
import { listNotifications, markNotificationsRead, notify, unreadNotificationCount } from "./notifications";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: NominationWorld;
beforeAll(async () => {
  world = await createNominationWorld(client);
});

describe("notifications", () => {
  it("lists a person's own notices, newest first, with their parameters, and counts the unread", async () => {
    const unit = await createUnit(client);
    const officer = await createActor(client, { role: "OFFICER", unit });
    const other = await createActor(client, { role: "OFFICER", unit });
    await client.notification.create({
      data: {
        userId: officer.id,
        kind: "NOMINATION_APPROVED",
        params: { nominee: "Nguyễn Thị Hoa", title: "Bằng khen", movement: "Phong trào" },
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await notify(client, {
      userId: officer.id,
      kind: "NOMINATION_REJECTED",
      params: { nominee: "Trần Văn Nam", title: "Bằng khen", movement: "Phong trào" },
    });
    await notify(client, {
      userId: other.id,
      kind: "NOMINATION_SHORTLISTED",
      params: { nominee: "Lê Văn Tú", title: "Bằng khen", movement: "Phong trào" },
    });
    const list = await listNotifications({ actor: officer });
    expect(list.map((n) => n.kind)).toEqual(["NOMINATION_REJECTED", "NOMINATION_APPROVED"]);
    expect(list[0]?.params).toEqual({ nominee: "Trần Văn Nam", title: "Bằng khen", movement: "Phong trào" });
    expect(await listNotifications({ actor: officer, limit: 1 })).toHaveLength(1);
    expect(await unreadNotificationCount(officer)).toBe(2);
    expect(await listNotifications({ actor: null })).toEqual([]);
  });

  it("marks read only the actor's own notices, some or all", async () => {
    const unit = await createUnit(client);
    const officer = await createActor(client, { role: "OFFICER", unit });
    const other = await createActor(client, { role: "OFFICER", unit });
    for (const userId of [officer.id, officer.id, other.id])
      await notify(client, { userId, kind: "NOMINATION_APPROVED", params: {} });
    const [first] = await listNotifications({ actor: officer });
    const [theirs] = await listNotifications({ actor: other });
    expect(await markNotificationsRead({ actor: officer, ids: [first!.id, theirs!.id] })).toBe(1);
    expect(await unreadNotificationCount(officer)).toBe(1);
    expect(await unreadNotificationCount(other)).toBe(1);
    expect(await markNotificationsRead({ actor: officer })).toBe(1);
    expect(await unreadNotificationCount(officer)).toBe(0);
    expect(await unreadNotificationCount(other)).toBe(1);
  });

  it("tells the officer when their nomination is returned", async () => {
    const { id, version } = await createSubmitted(world, individualDossier(world, world.movement));
    const before = await unreadNotificationCount(world.officerA);
    await returnNomination({ actor: world.admin, input: { id, version, comment: "Thiếu minh chứng cho tiêu chí 1." } });
    expect(await unreadNotificationCount(world.officerA)).toBe(before + 1);
    const [latest] = await listNotifications({ actor: world.officerA, limit: 1 });
    expect(latest).toMatchObject({
      kind: "NOMINATION_RETURNED",
      nominationId: id,
      readAt: null,
      params: { comment: "Thiếu minh chứng cho tiêu chí 1." },
    });
  });
});
