import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db";
import { createUser } from "../../scripts/test/factories";
import { authenticate } from "./authenticate";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email, and records the sign-in", async () => {
    const { user, password } = await createUser(client, { fullName: "Nguyễn Thị Thu Hà" });
    const result = await authenticate(client, { email: user.email.toUpperCase(), password }, { ip: "203.0.113.7" });
    expect(result).toEqual({ id: user.id, email: user.email, name: "Nguyễn Thị Thu Hà" });
    const event = await client.auditEvent.findFirst({ where: { objectId: user.id, action: "auth.signed_in" } });
    expect(event?.ip).toBe("203.0.113.7");
  });

  it("answers a wrong password, an unknown account and a deactivated account alike", async () => {
    const { user, password } = await createUser(client);
    const { user: inactive, password: inactivePassword } = await createUser(client, { isActive: false });
    expect(await authenticate(client, { email: user.email, password: `${password}x` })).toBeNull();
    expect(await authenticate(client, { email: "nobody@test.vinhdanh", password })).toBeNull();
    expect(await authenticate(client, { email: inactive.email, password: inactivePassword })).toBeNull();
    const failures = await client.auditEvent.count({
      where: { objectId: { in: [user.id, inactive.id] }, action: "auth.sign_in_failed" },
    });
    expect(failures).toBe(2);
  });

  it("rejects malformed input without touching the database", async () => {
    expect(await authenticate(client, { email: "not-an-email", password: "x" })).toBeNull();
    expect(await authenticate(client, null)).toBeNull();
  });
});
