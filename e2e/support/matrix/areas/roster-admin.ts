// Matrix rows of the rosterAdmin area (issue 7): the administrators' roster page of a movement
// (publish, unpublish, revoke), the revocation page and the merit history search. Fixtures: a
// decided, unpublished movement of P with one honoree of unit A whose name only administrators
// may read on these pages. Each action probe makes its own movement and honoree.
import type { MatrixFixtures } from "../fixtures";
import { adminOnly, everyone, idle } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { decidedMovement, matrixHonoree } from "./honorees";

const ids = (fx: MatrixFixtures) => areaIds(fx, "rosterAdmin");
const secretName = (fx: MatrixFixtures) => ids(fx).honoreeName!;
const malformed = { ...everyone("notfound"), anonymous: "signin" } as const;

export const rosterAdminArea: MatrixArea = {
  name: "rosterAdmin",
  async setup(db, fx) {
    const decided = await decidedMovement(db, fx);
    const honoree = await matrixHonoree(db, fx, decided, { listedFor: null });
    const { holderKey } = await db.honoree.findUniqueOrThrow({
      where: { id: honoree.id },
      select: { holderKey: true },
    });
    return { movementId: decided.movement.id, honoreeId: honoree.id, honoreeName: honoree.name, holderKey };
  },
  pageCases: [
    {
      route: "/admin/movements/[id]/honorees",
      label: "the honorees and publication of a decided movement",
      path: (fx) => `/admin/movements/${ids(fx).movementId}/honorees`,
      secret: secretName,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/honorees",
      label: "the honorees page with garbage parameters",
      path: (fx) => `/admin/movements/${ids(fx).movementId}/honorees?page=-4&revoked=%27%3Cscript%3E`,
      secret: secretName,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/honorees",
      label: "the honorees page with a malformed movement id",
      path: () => "/admin/movements/not-a-uuid/honorees",
      outcomes: malformed,
    },
    {
      route: "/admin/movements/[id]/honorees/[honoreeId]/revoke",
      label: "revoking an honoree of unit A",
      path: (fx) => `/admin/movements/${ids(fx).movementId}/honorees/${ids(fx).honoreeId}/revoke`,
      secret: secretName,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/honorees/[honoreeId]/revoke",
      label: "revoking an honoree under another movement's id",
      path: (fx) => `/admin/movements/${fx.movements.public.id}/honorees/${ids(fx).honoreeId}/revoke`,
      secret: secretName,
      outcomes: malformed,
    },
    {
      route: "/admin/movements/[id]/honorees/[honoreeId]/revoke",
      label: "revoking with a malformed honoree id",
      path: (fx) => `/admin/movements/${ids(fx).movementId}/honorees/1%20OR%201=1/revoke`,
      outcomes: malformed,
    },
    { route: "/admin/merit", label: "the merit history search", path: () => "/admin/merit", outcomes: adminOnly },
    {
      route: "/admin/merit",
      label: "the merit history search with garbage parameters",
      path: () => "/admin/merit?q=%27%25_%3Cscript%3E%5C&page=abc&holder=%27%7C%7C",
      outcomes: adminOnly,
    },
    {
      route: "/admin/merit",
      label: "the merit history of an unpublished honoree",
      path: (fx) => `/admin/merit?holder=${encodeURIComponent(ids(fx).holderKey!)}`,
      secret: secretName,
      outcomes: adminOnly,
    },
  ],
  handlerCases: [],
  actionCases: [
    {
      key: "app/admin/movements/[id]/honorees/actions.ts#publishRosterAction",
      allowed: ["admin"],
      async probe({ fx, db }) {
        const decided = await decidedMovement(db, fx);
        const honoree = await matrixHonoree(db, fx, decided, { listedFor: null });
        return {
          args: [idle, formData({ movementId: decided.movement.id, audience: "PUBLIC", version: "1" })],
          tookEffect: async () =>
            (await db.honoree.findUniqueOrThrow({ where: { id: honoree.id } })).listedFor === "PUBLIC",
        };
      },
    },
    {
      key: "app/admin/movements/[id]/honorees/actions.ts#unpublishRosterAction",
      allowed: ["admin"],
      async probe({ fx, db }) {
        const decided = await decidedMovement(db, fx, { published: true });
        const honoree = await matrixHonoree(db, fx, decided, { listedFor: "PUBLIC" });
        return {
          args: [idle, formData({ movementId: decided.movement.id, reason: "Rà soát lại danh sách.", version: "1" })],
          tookEffect: async () =>
            (await db.honoree.findUniqueOrThrow({ where: { id: honoree.id } })).listedFor === null,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/honorees/actions.ts#revokeHonoreeAction",
      allowed: ["admin"],
      async probe({ fx, db }) {
        const decided = await decidedMovement(db, fx, { published: true });
        const honoree = await matrixHonoree(db, fx, decided, { listedFor: "PUBLIC" });
        return {
          args: [
            idle,
            formData({
              movementId: decided.movement.id,
              honoreeId: honoree.id,
              reason: "Hồ sơ không trung thực.",
              reference: "15/QĐ-MX",
            }),
          ],
          tookEffect: async () =>
            (await db.honoree.findUniqueOrThrow({ where: { id: honoree.id } })).revokedAt !== null,
        };
      },
    },
  ],
};
