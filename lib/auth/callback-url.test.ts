import { describe, expect, it } from "vitest";
import { safeCallbackCookieValue, withSafeCallbackQuery } from "./callback-url";

const origin = "http://localhost:3000";

describe("callbackUrl before next-auth", () => {
  it("turns any callbackUrl in the query into one same-origin path", () => {
    for (const [given, safe] of [
      ["-1", "/-1"],
      ["/\\127.0.0.1:9/x", "/"],
      ["https://evil.example/", "/"],
      ["/nominations?x=1", "/nominations?x=1"],
    ] as const) {
      const url = withSafeCallbackQuery(
        new URL(`${origin}/api/auth/csrf?callbackUrl=${encodeURIComponent(given)}`),
        origin,
      );
      expect(url?.searchParams.get("callbackUrl"), given).toBe(safe);
    }
    expect(
      withSafeCallbackQuery(
        new URL(`${origin}/api/auth/csrf?callbackUrl=a&callbackUrl=b`),
        origin,
      )?.searchParams.getAll("callbackUrl"),
    ).toEqual(["/a"]);
    expect(withSafeCallbackQuery(new URL(`${origin}/api/auth/csrf`), origin)).toBeNull();
  });

  it("replaces a callback-url cookie that is not an absolute URL of ours, and keeps one that is", () => {
    expect(safeCallbackCookieValue("-1", origin)).toBe(`${origin}/-1`);
    expect(safeCallbackCookieValue("https://evil.example/x", origin)).toBe(`${origin}/`);
    expect(safeCallbackCookieValue(`${origin}/account`, origin)).toBeNull();
  });
});
