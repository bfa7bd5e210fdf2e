import { describe, expect, it } from "vitest";
import { sessionCookies } from "./cookies";

describe("sessionCookies", () => {
  it("uses a Secure __Host- cookie over HTTPS", () => {
    expect(sessionCookies(true).sessionToken).toEqual({
      name: "__Host-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("stays HttpOnly and SameSite=Lax on plain HTTP (local demo)", () => {
    expect(sessionCookies(false).sessionToken?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
    });
  });
});
