import { describe, expect, it } from "vitest";
import type { Actor } from "../session";
import { dashboardScopes, idsOnPaths } from "./scope";

const actor = (roles: { role: "ADMIN" | "OFFICER" | "STAFF"; path: string }[]): Actor => ({
  id: "u",
  name: "Người thử",
  email: "thu@test.vinhdanh",
  locale: "vi",
  mustChangePassword: false,
  isMfaEnrolled: true,
  roles: roles.map((r) => ({ role: r.role, unitId: r.path.split("/").at(-2)!, unitName: r.path, unitPath: r.path })),
});

describe("dashboardScopes", () => {
  it("is the whole coverage for an administrator", () => {
    expect(dashboardScopes(actor([{ role: "ADMIN", path: "/r/" }]), "/r/p/")).toEqual(["/r/p/"]);
  });

  it("keeps an officer's units inside the coverage and narrows one above it to the coverage", () => {
    expect(dashboardScopes(actor([{ role: "OFFICER", path: "/r/p/a/" }]), "/r/p/")).toEqual(["/r/p/a/"]);
    expect(dashboardScopes(actor([{ role: "OFFICER", path: "/r/" }]), "/r/p/")).toEqual(["/r/p/"]);
  });

  it("drops units outside the coverage and subtrees already counted in another", () => {
    const officer = actor([
      { role: "OFFICER", path: "/r/q/" },
      { role: "OFFICER", path: "/r/p/a/" },
      { role: "OFFICER", path: "/r/p/a/t/" },
      { role: "OFFICER", path: "/r/p/b/" },
      { role: "STAFF", path: "/r/p/" },
    ]);
    expect(dashboardScopes(officer, "/r/p/")).toEqual(["/r/p/a/", "/r/p/b/"]);
    expect(dashboardScopes(officer, "/r/s/")).toEqual([]);
  });
});

describe("idsOnPaths", () => {
  it("lists each unit on the paths once", () => {
    expect(idsOnPaths(["/r/p/a/", "/r/p/b/"])).toEqual(["r", "p", "a", "b"]);
  });
});
