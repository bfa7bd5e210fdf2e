// Matrix rows of the posting area (issue 6): public holidays, the administrators' posting page,
// the posted shortlist (/movements/[id]/shortlist) and their server actions. Each movement here
// is organized by P, in DECISION, with a shortlisted dossier of unit A and the matrix reviewer on
// its council. A posting to STAFF is not there for an anonymous visitor (notfound), as a
// staff-only movement is.
import { randomInt } from "node:crypto";
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { Visibility } from "../../../../lib/generated/prisma/enums";
import type { ProbeContext } from "../action-cases";
import type { MatrixFixtures } from "../fixtures";
import { adminOnly, everyone, idle, signedInRoles } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { matrixMovement, nominationOfA, postShortlist, unique } from "./world";

/**
 * A movement of P in DECISION with one shortlisted dossier of unit A; posted 2 days ago for 60
 * working days (so open now) to `audience`, or not posted when `audience` is null.
 */
async function postingMovement(db: PrismaClient, fx: MatrixFixtures, audience: Visibility | null) {
  const code = `MXP-${unique()}`.toUpperCase();
  const movement = await matrixMovement(db, fx, {
    code,
    name: `Phong trào công khai ma trận ${code}`,
    description: "Phong trào dùng cho kiểm thử phân quyền công khai lấy ý kiến.",
    status: "DECISION",
  });
  const nomineeName = `Ứng viên công khai ${code}`;
  const nomination = await nominationOfA(db, fx, movement, nomineeName, "SHORTLISTED");
  if (audience)
    await postShortlist(db, {
      movementId: movement.id,
      postedById: fx.userIds.admin,
      daysAgo: 2,
      workingDays: 60,
      audience,
    });
  return { movementId: movement.id, nominationId: nomination.id, nomineeName };
}

/** A day of a far year no one else uses (2060–2099: forms take days up to 2100), so each probe adds or removes its own holiday. */
const farDay = () =>
  `20${randomInt(60, 100)}-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;
/** An id `setup` returned (areaIds fails loudly when it is missing). */
const postingId = (fx: MatrixFixtures, key: string): string => areaIds(fx, "posting")[key]!;
const utc = (day: string) => new Date(`${day}T00:00:00.000Z`);

export const postingArea: MatrixArea = {
  name: "posting",
  async setup(db, fx) {
    const publicPosting = await postingMovement(db, fx, "PUBLIC");
    const staffPosting = await postingMovement(db, fx, "STAFF");
    const notPosted = await postingMovement(db, fx, null);
    return {
      publicMovementId: publicPosting.movementId,
      publicNominationId: publicPosting.nominationId,
      publicNomineeName: publicPosting.nomineeName,
      staffMovementId: staffPosting.movementId,
      staffNomineeName: staffPosting.nomineeName,
      notPostedMovementId: notPosted.movementId,
      notPostedNomineeName: notPosted.nomineeName,
    };
  },
  pageCases: [
    { route: "/admin/holidays", label: "public holidays", path: () => "/admin/holidays", outcomes: adminOnly },
    {
      route: "/admin/movements/[id]/posting",
      label: "posting of a posted shortlist",
      path: (fx) => `/admin/movements/${postingId(fx, "publicMovementId")}/posting`,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/posting",
      label: "posting before the shortlist is posted",
      path: (fx) => `/admin/movements/${postingId(fx, "notPostedMovementId")}/posting`,
      outcomes: adminOnly,
    },
    {
      route: "/movements/[id]/shortlist",
      label: "shortlist posted to the public",
      path: (fx) => `/movements/${postingId(fx, "publicMovementId")}/shortlist`,
      secret: (fx) => postingId(fx, "publicNomineeName"),
      outcomes: everyone("ok"),
    },
    {
      route: "/movements/[id]/shortlist",
      label: "shortlist posted to staff",
      path: (fx) => `/movements/${postingId(fx, "staffMovementId")}/shortlist`,
      secret: (fx) => postingId(fx, "staffNomineeName"),
      outcomes: { ...everyone("ok"), anonymous: "notfound" },
    },
    {
      route: "/movements/[id]/shortlist",
      label: "shortlist not posted yet",
      path: (fx) => `/movements/${postingId(fx, "notPostedMovementId")}/shortlist`,
      secret: (fx) => postingId(fx, "notPostedNomineeName"),
      outcomes: everyone("notfound"),
    },
  ],
  handlerCases: [],
  actionCases: [
    {
      key: "app/admin/holidays/actions.ts#addHolidayAction",
      allowed: ["admin"],
      async probe({ db }: ProbeContext) {
        const day = farDay();
        await db.publicHoliday.deleteMany({ where: { day: utc(day) } });
        return {
          args: [idle, formData({ day, name: "Ngày lễ thử" })],
          tookEffect: async () => (await db.publicHoliday.count({ where: { day: utc(day) } })) === 1,
        };
      },
    },
    {
      key: "app/admin/holidays/actions.ts#removeHolidayAction",
      allowed: ["admin"],
      async probe({ db }: ProbeContext) {
        const day = farDay();
        await db.publicHoliday.upsert({
          where: { day: utc(day) },
          create: { day: utc(day), name: "Ngày lễ thử" },
          update: {},
        });
        return {
          args: [idle, formData({ day })],
          tookEffect: async () => (await db.publicHoliday.count({ where: { day: utc(day) } })) === 0,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/posting/actions.ts#postShortlistAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const { movementId } = await postingMovement(db, fx, null);
        return {
          args: [idle, formData({ movementId, audience: "STAFF", workingDays: "10" })],
          tookEffect: async () => (await db.shortlistPosting.count({ where: { movementId } })) === 1,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/posting/actions.ts#resolveObjectionAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const objection = await db.postingFeedback.create({
          data: {
            movementId: postingId(fx, "publicMovementId"),
            nominationId: postingId(fx, "publicNominationId"),
            authorId: fx.userIds.staff,
            kind: "OBJECTION",
            body: `Phản ánh thử ${unique()}`,
          },
        });
        return {
          args: [idle, formData({ feedbackId: objection.id, resolution: "Đã xác minh với đơn vị." })],
          tookEffect: async () =>
            (await db.postingFeedback.findUniqueOrThrow({ where: { id: objection.id } })).resolvedAt !== null,
        };
      },
    },
    {
      key: "app/movements/[id]/shortlist/actions.ts#sendFeedbackAction",
      allowed: signedInRoles,
      async probe({ db, fx }: ProbeContext) {
        const body = `Góp ý thử phân quyền ${unique()}`;
        return {
          args: [
            idle,
            formData({
              movementId: postingId(fx, "publicMovementId"),
              nominationId: postingId(fx, "publicNominationId"),
              kind: "FEEDBACK",
              body,
            }),
          ],
          tookEffect: async () => (await db.postingFeedback.count({ where: { body } })) === 1,
        };
      },
    },
  ],
};
