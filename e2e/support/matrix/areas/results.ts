// Matrix rows of the results area (issue 6): the ranking page of a movement and the shortlist action.
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { MatrixFixtures } from "../fixtures";
import { adminOnly, everyone, idle } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { completeDossierOfA, matrixMovement, unique } from "./world";

/** A movement of P under review (one criterion out of 10, one title without quota), the matrix reviewer on its council. */
async function resultsMovement(db: PrismaClient, fx: MatrixFixtures, run: string) {
  const movement = await matrixMovement(db, fx, {
    code: `MX-res-${run}`,
    name: `Phong trào ma trận kết quả ${run}`,
    description: "Phong trào dùng cho kiểm thử phân quyền xếp hạng.",
    status: "REVIEW",
  });
  return { movementId: movement.id, titleId: movement.titleId, criterionId: movement.criterionId };
}

/** A fresh dossier of unit A in review in the area's movement, with a submitted review by the matrix reviewer: ranked, so it may be shortlisted. */
async function rankedDossier(db: PrismaClient, fx: MatrixFixtures, ids: Record<string, string>) {
  const dossier = await completeDossierOfA(
    db,
    fx,
    { id: ids.movementId!, titleId: ids.titleId!, criterionId: ids.criterionId! },
    "IN_REVIEW",
  );
  await db.review.create({
    data: {
      nominationId: dossier.id,
      reviewerId: fx.userIds.reviewer,
      status: "SUBMITTED",
      submittedAt: new Date(),
      scores: { create: [{ criterionId: ids.criterionId!, score: 8 }] },
    },
  });
  return dossier;
}

export const resultsArea: MatrixArea = {
  name: "results",
  async setup(db, fx) {
    const base = await resultsMovement(db, fx, unique());
    const dossier = await rankedDossier(db, fx, base);
    return { ...base, nomineeName: dossier.name };
  },
  pageCases: [
    {
      route: "/admin/movements/[id]/results",
      label: "the ranking of a movement under review",
      path: (fx) => `/admin/movements/${areaIds(fx, "results").movementId}/results`,
      secret: (fx) => areaIds(fx, "results").nomineeName!,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/results",
      label: "the ranking with a malformed movement id",
      path: () => "/admin/movements/123/results?title=x&page=-4",
      outcomes: { ...everyone("notfound"), anonymous: "signin" },
    },
  ],
  handlerCases: [],
  actionCases: [
    {
      key: "app/admin/movements/[id]/results/actions.ts#setShortlistedAction",
      allowed: ["admin"],
      async probe({ fx, db }) {
        const dossier = await rankedDossier(db, fx, areaIds(fx, "results"));
        return {
          args: [idle, formData({ nominationId: dossier.id, shortlisted: "true" })],
          tookEffect: async () =>
            (await db.nomination.findUniqueOrThrow({ where: { id: dossier.id } })).status === "SHORTLISTED",
        };
      },
    },
  ],
};
