import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/vinh_danh",
  NEXTAUTH_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("accepts a minimal production environment and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.DATABASE_POOL_MAX).toBe(10);
    expect(env.DEMO_MODE).toBe(false);
  });

  it("keeps uploads under ./data/uploads by default and resolves a relative UPLOAD_DIR to an absolute path", () => {
    expect(parseEnv(valid).UPLOAD_DIR).toBe(path.resolve("data/uploads"));
    expect(parseEnv({ ...valid, UPLOAD_DIR: "files/minh-chung" }).UPLOAD_DIR).toBe(path.resolve("files/minh-chung"));
    expect(parseEnv({ ...valid, UPLOAD_DIR: "/srv/vinh-danh/uploads" }).UPLOAD_DIR).toBe("/srv/vinh-danh/uploads");
  });

  it("names every bad variable in one error", () => {
    let caught: unknown;
    try {
      parseEnv({ DATABASE_URL: "mysql://nope", NEXTAUTH_SECRET: "short", DATABASE_POOL_MAX: "zero" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEnvironmentError);
    const message = (caught as Error).message;
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("NEXTAUTH_SECRET");
    expect(message).toContain("DATABASE_POOL_MAX");
  });

  it("reports a missing DATABASE_URL with a hint", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: valid.NEXTAUTH_SECRET })).toThrow(/DATABASE_URL is required/);
  });
});
