import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./redirect-target";

describe("redirect targets", () => {
  it("follows paths on this site, with their query and hash", () => {
    expect(safeRedirectPath("/nominations?status=DRAFT#top")).toBe("/nominations?status=DRAFT#top");
    expect(safeRedirectPath("/movements/abc/honorees")).toBe("/movements/abc/honorees");
    expect(safeRedirectPath("nominations")).toBe("/nominations");
  });

  it("sends everything that would leave the site home (the reported reproductions first)", () => {
    for (const target of [
      "/\\127.0.0.1:9/x",
      "/\t/127.0.0.1:9/x",
      "//127.0.0.1:9/x",
      "\\\\127.0.0.1:9/x",
      "/\\/127.0.0.1:9",
      "https://evil.example/",
      "http:evil.example",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      " //evil.example",
      "/\n/evil.example",
    ]) {
      const path = safeRedirectPath(target);
      expect(new URL(path, "http://localhost:3000").origin, JSON.stringify(target)).toBe("http://localhost:3000");
    }
    expect(safeRedirectPath("/\\127.0.0.1:9/x")).toBe("/");
    expect(safeRedirectPath("https://evil.example/")).toBe("/");
  });

  it("never returns a path a browser would read as another host", () => {
    expect(safeRedirectPath("/.//evil.example/x")).toBe("/evil.example/x");
    expect(safeRedirectPath("/..//evil.example")).toBe("/evil.example");
  });

  it("accepts absolute URLs on the app's own origin when it is known", () => {
    expect(safeRedirectPath("http://localhost:3000/account?x=1", { origin: "http://localhost:3000" })).toBe(
      "/account?x=1",
    );
    expect(safeRedirectPath("http://localhost:3001/account", { origin: "http://localhost:3000" })).toBe("/");
  });

  it("falls back for a target with a broken escape", () => {
    expect(safeRedirectPath("/%G1%")).toBe("/");
    expect(safeRedirectPath("/honorees?q=%E0%A4%A")).toBe("/");
  });

  it("falls back for nothing or not text", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(["/a", "/b"])).toBe("/");
    expect(safeRedirectPath("", { fallback: "/account" })).toBe("/account");
  });
});
