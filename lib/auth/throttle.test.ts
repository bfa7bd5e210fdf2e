import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db";
import { createUser, uniqueIp } from "../../scripts/test/factories";
import { authenticate } from "./authenticate";
import { SignInRefusal } from "./errors";
import { lockDelayMs, throttleDelay, throttledCheck, throttleLimits } from "./throttle";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

const minutes = (n: number) => n * 60_000;

async function refusal(promise: Promise<unknown>): Promise<SignInRefusal | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof SignInRefusal) return error;
    throw error;
  }
}

describe("sign-in throttling", () => {
  it("grows the lock from one minute and caps it at fifteen", () => {
    expect(lockDelayMs(4, 5)).toBe(0);
    expect([5, 6, 7, 8, 9, 12].map((n) => lockDelayMs(n, 5) / 60_000)).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it("refuses even the right password after five failures, and lets the owner in once the lock ends", async () => {
    const { user, password } = await createUser(client);
    const ip = uniqueIp();
    const start = new Date();
    for (let i = 0; i < throttleLimits.accountFailures; i++) {
      expect(
        await authenticate(
          client,
          { email: user.email, password: "wrong" },
          { ip, now: new Date(start.getTime() + i * 1000) },
        ),
      ).toBeNull();
    }
    const justAfter = new Date(start.getTime() + 10_000);
    const refused = await refusal(
      authenticate(client, { email: user.email, password }, { ip: uniqueIp(), now: justAfter }),
    );
    expect(refused?.kind).toBe("throttled");
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused?.message).toMatch(/^throttled:\d+$/);

    const afterLock = new Date(start.getTime() + minutes(2));
    expect(await authenticate(client, { email: user.email, password }, { ip, now: afterLock })).toMatchObject({
      id: user.id,
    });
    expect(await client.signInAttempt.count({ where: { email: user.email } })).toBe(throttleLimits.accountFailures + 1);
  });

  it("resets the account counter after a successful sign-in", async () => {
    const { user, password } = await createUser(client);
    const ip = uniqueIp();
    const start = Date.now();
    const at = (s: number) => new Date(start + s * 1000);
    for (let i = 0; i < 4; i++)
      await authenticate(client, { email: user.email, password: "wrong" }, { ip, now: at(i) });
    expect(await authenticate(client, { email: user.email, password }, { ip, now: at(5) })).not.toBeNull();
    // Four more failures after the success: still under the limit, so the right password works.
    for (let i = 6; i < 10; i++)
      await authenticate(client, { email: user.email, password: "wrong" }, { ip, now: at(i) });
    expect(await authenticate(client, { email: user.email, password }, { ip, now: at(11) })).not.toBeNull();
  });

  it("judges the owner's recent address on its own failures, so a stranger cannot lock them out", async () => {
    const { user, password } = await createUser(client);
    const home = uniqueIp();
    const start = Date.now();
    const at = (s: number) => new Date(start + s * 1000);
    expect(await authenticate(client, { email: user.email, password }, { ip: home, now: at(0) })).not.toBeNull();
    const stranger = uniqueIp();
    for (let i = 1; i <= 8; i++)
      await refusal(authenticate(client, { email: user.email, password: "guess" }, { ip: stranger, now: at(i) }));
    expect(
      (await refusal(authenticate(client, { email: user.email, password }, { ip: stranger, now: at(10) })))?.kind,
    ).toBe("throttled");
    expect(await authenticate(client, { email: user.email, password }, { ip: home, now: at(11) })).not.toBeNull();
  });

  it("limits one address across accounts", async () => {
    const ip = uniqueIp();
    const now = new Date();
    await client.signInAttempt.createMany({
      data: Array.from({ length: throttleLimits.addressFailures }, (_, i) => ({
        email: `stuffed-${i}-${ip}@test.vinhdanh`,
        ip,
        succeeded: false,
        at: new Date(now.getTime() - 60_000 + i * 1000),
      })),
    });
    const { user, password } = await createUser(client);
    const refused = await refusal(authenticate(client, { email: user.email, password }, { ip, now }));
    expect(refused?.kind).toBe("throttled");
    // The same account from another address is not affected.
    expect(await authenticate(client, { email: user.email, password }, { ip: uniqueIp(), now })).not.toBeNull();
    // Nor is this address once the window has passed.
    expect(
      await throttleDelay(client, { email: user.email, ip, now: new Date(now.getTime() + throttleLimits.windowMs) }),
    ).toBeNull();
  });
});

describe("checks asked of someone signed in", () => {
  it("count against their account, not against the address colleagues share", async () => {
    const ip = uniqueIp();
    // Twenty-five wrong current passwords from one office address, five accounts' worth.
    for (let n = 0; n < 5; n++) {
      const { user } = await createUser(client);
      for (let i = 0; i < 5; i++) {
        await expect(
          throttledCheck(client, { email: user.email, ip, proves: "password" }, async () => false),
        ).resolves.toBe(false);
      }
      await expect(
        throttledCheck(client, { email: user.email, ip, proves: "password" }, async () => true),
      ).rejects.toMatchObject({ code: "throttled" });
    }
    // A colleague signs in from the same address.
    const { user, password } = await createUser(client);
    expect(await authenticate(client, { email: user.email, password }, { ip })).toMatchObject({ id: user.id });
    expect(await client.signInAttempt.count({ where: { ip, kind: "CURRENT_PASSWORD", succeeded: false } })).toBe(25);
  });
});
