import { describe, expect, it } from "vitest";
import { publicPageKey, type PageRequest } from "./request";

const id = "0b9f5a6e-1c1d-4a8e-9a51-3c0f7c1b2d4e";

function request(
  path: string,
  options: { method?: string; cookies?: Record<string, string>; headers?: Record<string, string> } = {},
): PageRequest {
  return {
    method: options.method ?? "GET",
    url: new URL(path, "http://localhost:3000"),
    headers: new Headers(options.headers),
    cookies: new Map(Object.entries(options.cookies ?? {})),
  };
}

describe("publicPageKey", () => {
  it("keys anonymous GETs of rosters and profiles by language, path and query", () => {
    expect(publicPageKey(request("/honorees"))).toBe("vi /honorees");
    expect(publicPageKey(request("/honorees?q=nguyen&page=2"))).toBe("vi /honorees?q=nguyen&page=2");
    expect(publicPageKey(request(`/honorees/${id}`, { method: "HEAD" }))).toBe(`vi /honorees/${id}`);
    expect(publicPageKey(request(`/movements/${id}/honorees?sort=name`))).toBe(
      `vi /movements/${id}/honorees?sort=name`,
    );
  });

  it("keeps each language apart and ignores a language it does not know", () => {
    expect(publicPageKey(request("/honorees", { cookies: { NEXT_LOCALE: "en" } }))).toBe("en /honorees");
    expect(publicPageKey(request("/honorees", { cookies: { NEXT_LOCALE: "fr" } }))).toBe("vi /honorees");
  });

  it("leaves other pages, writes, signed-in visitors and client navigations to the app", () => {
    expect(publicPageKey(request("/"))).toBeNull();
    expect(publicPageKey(request("/movements"))).toBeNull();
    expect(publicPageKey(request(`/honorees/${id}/extra`))).toBeNull();
    expect(publicPageKey(request("/honorees/not-an-id"))).toBeNull();
    expect(publicPageKey(request("/honorees", { method: "POST" }))).toBeNull();
    expect(publicPageKey(request("/honorees", { cookies: { "next-auth.session-token": "x" } }))).toBeNull();
    expect(publicPageKey(request("/honorees", { cookies: { "__Host-next-auth.session-token": "x" } }))).toBeNull();
    expect(publicPageKey(request("/honorees", { cookies: { "next-auth.session-token.0": "x" } }))).toBeNull();
    expect(publicPageKey(request("/honorees", { headers: { rsc: "1" } }))).toBeNull();
    expect(publicPageKey(request("/honorees", { headers: { "next-router-prefetch": "1" } }))).toBeNull();
    expect(publicPageKey(request("/honorees?_rsc=abc"))).toBeNull();
  });

  it("still caches for a visitor who only has other cookies", () => {
    expect(publicPageKey(request("/honorees", { cookies: { "next-auth.csrf-token": "x", NEXT_LOCALE: "vi" } }))).toBe(
      "vi /honorees",
    );
  });
});
