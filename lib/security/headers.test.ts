import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSiteWrite } from "./headers";

const headers = (init: Record<string, string>) => new Headers(init);

describe("isCrossSiteWrite", () => {
  it("refuses posts from another origin and from the opaque null origin", () => {
    expect(isCrossSiteWrite("POST", headers({ origin: "https://evil.example" }), "vinhdanh.vn")).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ origin: "null" }), "vinhdanh.vn")).toBe(true);
    expect(isCrossSiteWrite("DELETE", headers({ "sec-fetch-site": "cross-site" }), "vinhdanh.vn")).toBe(true);
  });

  it("lets same-origin writes and every read through", () => {
    expect(isCrossSiteWrite("POST", headers({ origin: "https://vinhdanh.vn" }), "vinhdanh.vn")).toBe(false);
    expect(isCrossSiteWrite("GET", headers({ origin: "https://evil.example" }), "vinhdanh.vn")).toBe(false);
    expect(isCrossSiteWrite("POST", headers({}), "vinhdanh.vn")).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows no eval in production and forbids plugins and framing", () => {
    const policy = contentSecurityPolicy("abc", { isDevelopment: false, isHttps: true });
    expect(policy).toContain("'nonce-abc'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("upgrade-insecure-requests");
  });
});
