import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";
import type { Actor } from "./session";

const actor = (role: Actor["roles"][number]["role"]): Actor => ({
  id: "u",
  name: "N",
  email: "n@test.vinhdanh",
  locale: "vi",
  roles: [{ role, unitId: "a", unitName: "A", unitPath: "/a/" }],
  mustChangePassword: false,
  isMfaEnrolled: false,
});

describe("navigationFor", () => {
  it("shows administration links to administrators only", () => {
    expect(navigationFor(actor("ADMIN")).map((i) => i.href)).toEqual([
      "/",
      "/movements",
      "/honorees",
      "/dashboard",
      "/admin/units",
      "/admin/users",
      "/admin/holidays",
      "/admin/merit",
      "/admin/audit",
      "/account",
    ]);
    expect(navigationFor(actor("OFFICER")).map((i) => i.href)).toEqual([
      "/",
      "/movements",
      "/honorees",
      "/nominations",
      "/levels",
      "/dashboard",
      "/account",
    ]);
    expect(navigationFor(actor("REVIEWER")).map((i) => i.href)).toEqual([
      "/",
      "/movements",
      "/honorees",
      "/reviews",
      "/council",
      "/account",
    ]);
    expect(navigationFor(null).map((i) => i.href)).toEqual(["/", "/movements", "/honorees"]);
  });
});
