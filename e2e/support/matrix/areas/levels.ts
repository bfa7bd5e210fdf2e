// Matrix rows of the levels area (issue 17, decision 0012): a level's inbox and allotments, the
// organiser's route settings, allotments and overview, the level's minutes, and every level
// action. The movements here are organised by the root and route through the matrix parent P
// (chosen as the one level), so dossiers of unit A climb to P, whose officer (officerParent)
// acts there; the matrix administrator (on the root) reads and sets the route. Each action probe
// makes its own movement, so one role's allowed change cannot hide another's.
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import { toSearchText } from "../../../../lib/text/search-text";
import { pdf } from "../../../../scripts/test/sample-files";
import type { ProbeContext } from "../action-cases";
import { appFileStorage } from "../file-fixtures";
import type { MatrixFixtures, MatrixRole } from "../fixtures";
import { adminOnly, everyone, idle, status, type PageOutcome } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { dayFromToday, unique } from "./world";

/** An open movement of the root, through levels with P chosen, taking nominations until two months from now. */
async function levelMovement(db: PrismaClient, fx: MatrixFixtures) {
  const code = `MXL-${unique()}`.toUpperCase();
  const root = await db.unit.findFirstOrThrow({ where: { parentId: null }, orderBy: { createdAt: "asc" } });
  const movement = await db.movement.create({
    data: {
      code,
      name: `Phong trào ma trận cấp ${code}`,
      description: "Phong trào dùng cho kiểm thử phân quyền hồ sơ đi qua các cấp.",
      organizingUnitId: root.id,
      coverageUnitId: fx.units.parent.id,
      startsOn: dayFromToday(-90),
      endsOn: dayFromToday(300),
      status: "OPEN",
      requiresRegistration: false,
      route: "LEVELS",
      routeSelection: "CHOSEN_UNITS",
      phases: { create: [{ kind: "NOMINATION", startsOn: dayFromToday(-60), endsOn: dayFromToday(60) }] },
      criteria: { create: [{ position: 1, name: "Hiệu quả công việc", guidance: "", weight: 100, maxScore: 10 }] },
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
      },
      routeUnits: { create: [{ unitId: fx.units.parent.id, isLevel: true }] },
    },
    include: { awardTitles: true },
  });
  return { id: movement.id, code, titleId: movement.awardTitles[0]!.id };
}

/** A dossier of unit A, submitted by the matrix officer of A and now awaiting P, as lib/levels/entry.ts leaves it. */
async function dossierAtP(
  db: PrismaClient,
  fx: MatrixFixtures,
  movement: { id: string; code: string; titleId: string },
) {
  const nomineeName = `Ứng viên cấp ma trận ${movement.code} ${unique()}`;
  const sentAt = new Date(Date.now() - 3_600_000);
  const nomination = await db.nomination.create({
    data: {
      movementId: movement.id,
      awardTitleId: movement.titleId,
      unitId: fx.units.a.id,
      nominatingUnitId: fx.units.a.id,
      createdById: fx.userIds.officerA,
      nomineeKind: "INDIVIDUAL",
      nomineeName,
      nomineeNameSearch: toSearchText(nomineeName),
      citation: "Tham mưu giỏi, phục vụ tốt.",
      status: "SUBMITTED",
      submittedAt: sentAt,
      version: 2,
      routeUnitIds: [fx.units.parent.id],
      routeCycle: 1,
      levelUnitId: fx.units.parent.id,
      levelSince: sentAt,
    },
  });
  await db.nominationLevel.create({
    data: {
      nominationId: nomination.id,
      movementId: movement.id,
      unitId: fx.units.parent.id,
      awardTitleId: movement.titleId,
      nominatingUnitId: fx.units.a.id,
      cycle: 1,
      receivedAt: sentAt,
    },
  });
  await db.nominationStep.create({
    data: {
      nominationId: nomination.id,
      cycle: 1,
      kind: "SUBMITTED",
      unitId: fx.units.a.id,
      toUnitId: fx.units.parent.id,
      actorId: fx.userIds.officerA,
      at: sentAt,
    },
  });
  return { id: nomination.id, nomineeName };
}

/** P's council considered what it holds: the minutes PDF stored as the app stores it. */
async function considerationOfP(db: PrismaClient, fx: MatrixFixtures, movementId: string) {
  const bytes = pdf("Bien ban ma tran");
  return db.levelConsideration.create({
    data: {
      movementId,
      unitId: fx.units.parent.id,
      totalMembers: 9,
      membersPresent: 8,
      votesFor: 7,
      votesAgainst: 1,
      minutesKey: await appFileStorage().put(bytes),
      minutesName: "bien-ban-ma-tran.pdf",
      minutesSize: bytes.length,
      recordedById: fx.userIds.officerParent,
    },
  });
}

/** P forwarded the dossier to the organiser (the root): its level row, steps and proposal. */
async function forwardedByP(
  db: PrismaClient,
  fx: MatrixFixtures,
  movementId: string,
  nominationId: string,
  considerationId: string,
) {
  const proposal = await db.levelProposal.create({
    data: {
      movementId,
      unitId: fx.units.parent.id,
      considerationId,
      dossierCount: 1,
      forwardedById: fx.userIds.officerParent,
    },
  });
  await db.nominationLevel.updateMany({
    where: { nominationId, unitId: fx.units.parent.id },
    data: { state: "FORWARDED", decidedAt: new Date(), version: 2 },
  });
  await db.nomination.update({ where: { id: nominationId }, data: { levelUnitId: null, levelSince: new Date() } });
  await db.nominationStep.createMany({
    data: [
      {
        nominationId,
        cycle: 1,
        kind: "FORWARDED",
        unitId: fx.units.parent.id,
        actorId: fx.userIds.officerParent,
        proposalId: proposal.id,
      },
      {
        nominationId,
        cycle: 1,
        kind: "REACHED_ORGANISER",
        unitId: fx.units.parent.id,
        actorId: fx.userIds.officerParent,
      },
    ],
  });
}

/** The dossier's state at P, the one level of these routes. */
const levelState = async (db: PrismaClient, nominationId: string) =>
  (await db.nominationLevel.findFirstOrThrow({ where: { nominationId, cycle: 1 } })).state;

const ids = (fx: MatrixFixtures) => areaIds(fx, "levels");

/** The level P's own pages: its officer acts, administrators read, everyone else is told they do not exist. */
const levelOfP: Record<MatrixRole, PageOutcome> = {
  ...everyone("notfound"),
  anonymous: "signin",
  officerParent: "ok",
  admin: "ok",
};
const nobodyButSignIn: Record<MatrixRole, PageOutcome> = { ...everyone("notfound"), anonymous: "signin" };

export const levelsArea: MatrixArea = {
  name: "levels",
  async setup(db, fx) {
    const movement = await levelMovement(db, fx);
    const waiting = await dossierAtP(db, fx, movement);
    const consideration = await considerationOfP(db, fx, movement.id);
    const forwarded = await dossierAtP(db, fx, movement);
    await forwardedByP(db, fx, movement.id, forwarded.id, consideration.id);
    return {
      movementId: movement.id,
      nomineeName: waiting.nomineeName,
      considerationId: consideration.id,
      forwardedId: forwarded.id,
    };
  },
  pageCases: [
    {
      route: "/levels",
      label: "my levels",
      path: () => "/levels",
      outcomes: { ...everyone("notfound"), anonymous: "signin", officerA: "ok", officerB: "ok", officerParent: "ok" },
    },
    {
      route: "/levels/[movementId]/[unitId]",
      label: "inbox of level P",
      path: (fx) => `/levels/${ids(fx).movementId}/${fx.units.parent.id}`,
      secret: (fx) => ids(fx).nomineeName!,
      outcomes: levelOfP,
    },
    {
      route: "/levels/[movementId]/[unitId]",
      label: "inbox of unit B, which is no level of the route",
      path: (fx) => `/levels/${ids(fx).movementId}/${fx.units.b.id}`,
      outcomes: nobodyButSignIn,
    },
    {
      route: "/levels/[movementId]/[unitId]",
      label: "inbox with malformed ids",
      path: () => "/levels/not-a-uuid/also-not",
      outcomes: nobodyButSignIn,
    },
    {
      route: "/levels/[movementId]/[unitId]/allotments",
      label: "allotments of level P",
      path: (fx) => `/levels/${ids(fx).movementId}/${fx.units.parent.id}/allotments`,
      secret: (fx) => fx.units.a.name,
      outcomes: levelOfP,
    },
    {
      route: "/levels/[movementId]/[unitId]/allotments",
      label: "allotments with malformed ids",
      path: () => "/levels/not-a-uuid/x/allotments",
      outcomes: nobodyButSignIn,
    },
    {
      route: "/admin/movements/[id]/route",
      label: "route settings",
      path: (fx) => `/admin/movements/${ids(fx).movementId}/route`,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/route",
      label: "route settings, malformed id",
      path: () => "/admin/movements/not-a-uuid/route",
      outcomes: nobodyButSignIn,
    },
    {
      route: "/admin/movements/[id]/route/allotments",
      label: "organiser's allotments",
      path: (fx) => `/admin/movements/${ids(fx).movementId}/route/allotments`,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/route/allotments",
      label: "organiser's allotments, malformed id",
      path: () => "/admin/movements/not-a-uuid/route/allotments",
      outcomes: nobodyButSignIn,
    },
    {
      route: "/admin/movements/[id]/levels",
      label: "overview of the levels",
      path: (fx) => `/admin/movements/${ids(fx).movementId}/levels`,
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/levels",
      label: "overview of a direct movement",
      path: (fx) => `/admin/movements/${fx.movements.public.id}/levels`,
      outcomes: nobodyButSignIn,
    },
  ],
  handlerCases: [
    // The level's minutes: its own officers, the officers above it (none here: P's parent is the root), administrators.
    {
      route: "/api/levels/considerations/[id]/minutes",
      path: (fx) => `/api/levels/considerations/${ids(fx).considerationId}/minutes`,
      outcomes: { ...status(404), anonymous: 401, officerParent: 200, admin: 200 },
    },
    {
      route: "/api/levels/considerations/[id]/minutes",
      path: "/api/levels/considerations/not-a-uuid/minutes",
      outcomes: { ...status(404), anonymous: 401 },
    },
  ],
  actionCases: [
    {
      key: "app/levels/actions.ts#returnAtLevelAction",
      allowed: ["officerParent"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        const dossier = await dossierAtP(db, fx, movement);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              unitId: fx.units.parent.id,
              nominationId: dossier.id,
              version: "2",
              comment: "Bổ sung minh chứng tiêu chí 1.",
            }),
          ],
          tookEffect: async () =>
            (await db.nomination.findUniqueOrThrow({ where: { id: dossier.id } })).status === "RETURNED",
        };
      },
    },
    {
      // A level that already forwarded the dossier no longer acts on it: nobody may return it from there.
      key: "app/levels/actions.ts#returnAtLevelAction",
      allowed: [],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        const dossier = await dossierAtP(db, fx, movement);
        const consideration = await considerationOfP(db, fx, movement.id);
        await forwardedByP(db, fx, movement.id, dossier.id, consideration.id);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              unitId: fx.units.parent.id,
              nominationId: dossier.id,
              version: "2",
              comment: "Trả lại sau khi đã chuyển.",
            }),
          ],
          tookEffect: async () =>
            (await db.nomination.findUniqueOrThrow({ where: { id: dossier.id } })).status === "RETURNED",
        };
      },
    },
    {
      key: "app/levels/actions.ts#endorseAction",
      allowed: ["officerParent"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        const dossier = await dossierAtP(db, fx, movement);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              unitId: fx.units.parent.id,
              nominationId: dossier.id,
              levelVersion: "1",
              comment: "Đề nghị xét.",
              rank: "1",
            }),
          ],
          tookEffect: async () => (await levelState(db, dossier.id)) === "ENDORSED",
        };
      },
    },
    {
      key: "app/levels/actions.ts#notForwardAction",
      allowed: ["officerParent"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        const dossier = await dossierAtP(db, fx, movement);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              unitId: fx.units.parent.id,
              nominationId: dossier.id,
              version: "2",
              reason: "Chưa đạt tiêu chí 1.",
            }),
          ],
          tookEffect: async () => (await levelState(db, dossier.id)) === "NOT_FORWARDED",
        };
      },
    },
    {
      key: "app/levels/actions.ts#recordConsiderationAction",
      allowed: ["officerParent"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              unitId: fx.units.parent.id,
              totalMembers: "9",
              membersPresent: "8",
              votesFor: "7",
              votesAgainst: "1",
              note: "",
            }),
          ],
          tookEffect: async () => (await db.levelConsideration.count({ where: { movementId: movement.id } })) === 1,
        };
      },
    },
    {
      key: "app/levels/actions.ts#forwardAction",
      allowed: ["officerParent"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        const dossier = await dossierAtP(db, fx, movement);
        await considerationOfP(db, fx, movement.id);
        return {
          args: [
            idle,
            formData({ movementId: movement.id, unitId: fx.units.parent.id, [`selected.${dossier.id}`]: "on" }),
          ],
          tookEffect: async () => (await levelState(db, dossier.id)) === "FORWARDED",
        };
      },
    },
    {
      // Another unit's id: forwarding P's dossier as unit B takes effect for nobody.
      key: "app/levels/actions.ts#forwardAction",
      allowed: [],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        const dossier = await dossierAtP(db, fx, movement);
        await considerationOfP(db, fx, movement.id);
        return {
          args: [idle, formData({ movementId: movement.id, unitId: fx.units.b.id, [`selected.${dossier.id}`]: "on" })],
          tookEffect: async () => (await levelState(db, dossier.id)) !== "PENDING",
        };
      },
    },
    {
      // P sub-allots to A, the unit below it that sends dossiers up.
      key: "app/levels/actions.ts#setAllotmentsAction",
      allowed: ["officerParent"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              allotterUnitId: fx.units.parent.id,
              [`quota.${fx.units.a.id}.${movement.titleId}`]: "2",
              [`was.${fx.units.a.id}.${movement.titleId}`]: "",
            }),
          ],
          tookEffect: async () =>
            (await db.levelAllotment.count({ where: { movementId: movement.id, unitId: fx.units.a.id } })) === 1,
        };
      },
    },
    {
      // The organiser allots to its level P.
      key: "app/levels/actions.ts#setAllotmentsAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              allotterUnitId: "",
              [`quota.${fx.units.parent.id}.${movement.titleId}`]: "3",
              [`was.${fx.units.parent.id}.${movement.titleId}`]: "",
            }),
          ],
          tookEffect: async () =>
            (await db.levelAllotment.count({ where: { movementId: movement.id, unitId: fx.units.parent.id } })) === 1,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/route/actions.ts#updateRouteSettingsAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        return {
          args: [
            idle,
            formData({
              movementId: movement.id,
              version: "1",
              route: "DIRECT",
              routeSelection: "EVERY_OFFICER_UNIT",
              levelLeadWorkingDays: "5",
            }),
          ],
          tookEffect: async () =>
            (await db.movement.findUniqueOrThrow({ where: { id: movement.id } })).route === "DIRECT",
        };
      },
    },
    {
      key: "app/admin/movements/[id]/route/actions.ts#setLevelDeadlineAction",
      allowed: ["admin"],
      async probe({ db, fx }: ProbeContext) {
        const movement = await levelMovement(db, fx);
        const forwardBy = dayFromToday(20).toISOString().slice(0, 10);
        return {
          args: [idle, formData({ movementId: movement.id, unitId: fx.units.parent.id, forwardBy })],
          tookEffect: async () =>
            (await db.routeUnit.findFirstOrThrow({ where: { movementId: movement.id, unitId: fx.units.parent.id } }))
              .forwardBy !== null,
        };
      },
    },
  ],
};
