// Matrix rows of the vote area (issue 6): the council's ballot pages (/council, /council/[id],
// members of the movement's council only) and the administrators' vote page, with the server
// actions of both. Each movement here is organized by P, its shortlist (a dossier of unit A) was
// posted long ago, and the matrix reviewer sits on its council.
import { newBallotKey } from "../../../../lib/reviews/voting/ballot-key";
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { ProbeContext } from "../action-cases";
import type { MatrixFixtures } from "../fixtures";
import { adminOnly, everyone, idle } from "../outcomes";
import { formData } from "../server-actions";
import { areaIds, type MatrixArea } from "./area";
import { closedVote, matrixMovement, nominationOfA, postShortlist, unique } from "./world";

/** Only the matrix reviewer (on the council) sees the ballot pages; to anyone else they do not exist. */
const councilOnly = { ...everyone("notfound"), anonymous: "signin", reviewer: "ok" } as const;

type VoteState = "none" | "open" | "closed";

/**
 * A movement of P in DECISION whose posting ended 40 days ago, with one shortlisted dossier of
 * unit A and the matrix reviewer on its council; with an open vote (and the reviewer's ballot) or
 * a closed one (tallied) when asked.
 */
async function voteMovement(db: PrismaClient, fx: MatrixFixtures, state: VoteState) {
  const code = `MXV-${unique()}`.toUpperCase();
  const movement = await matrixMovement(db, fx, {
    code,
    name: `Phong trào bỏ phiếu ma trận ${code}`,
    description: "Phong trào dùng cho kiểm thử phân quyền bỏ phiếu.",
    status: "DECISION",
  });
  const nomineeName = `Ứng viên bỏ phiếu ${code}`;
  const nomination = await nominationOfA(
    db,
    fx,
    movement,
    nomineeName,
    state === "closed" ? "APPROVED" : "SHORTLISTED",
  );
  await postShortlist(db, {
    movementId: movement.id,
    postedById: fx.userIds.admin,
    daysAgo: 40,
    workingDays: 10,
    audience: "STAFF",
  });
  if (state === "open") {
    await db.councilVote.create({
      data: {
        movementId: movement.id,
        membership: 1,
        ballotKey: newBallotKey(),
        openedById: fx.userIds.admin,
        status: "OPEN",
      },
    });
  }
  if (state === "closed") {
    await closedVote(db, {
      movementId: movement.id,
      nominationId: nomination.id,
      memberId: fx.userIds.reviewer,
      adminId: fx.userIds.admin,
      closedAt: new Date(),
    });
  }
  return { movementId: movement.id, movementName: movement.name, nominationId: nomination.id, nomineeName };
}

async function freshVote(context: ProbeContext, state: VoteState) {
  return voteMovement(context.db, context.fx, state);
}

/** An id or name the setup returned (areaIds fails loudly on a missing one). */
const voteId = (fx: MatrixFixtures, key: string): string => areaIds(fx, "vote")[key]!;

const voteOf = (db: PrismaClient, movementId: string) => db.councilVote.findUnique({ where: { movementId } });

export const voteArea: MatrixArea = {
  name: "vote",
  async setup(db, fx) {
    const [open, closed, ready] = [
      await voteMovement(db, fx, "open"),
      await voteMovement(db, fx, "closed"),
      await voteMovement(db, fx, "none"),
    ];
    return {
      openMovementId: open.movementId,
      openNominee: open.nomineeName,
      closedMovementId: closed.movementId,
      closedNominee: closed.nomineeName,
      readyMovementId: ready.movementId,
      readyMovementName: ready.movementName,
    };
  },
  pageCases: [
    { route: "/council", label: "council movements", path: () => "/council", outcomes: councilOnly },
    {
      route: "/council/[movementId]",
      label: "ballot sheet of an open vote",
      path: (fx) => `/council/${voteId(fx, "openMovementId")}`,
      secret: (fx) => voteId(fx, "openNominee"),
      outcomes: councilOnly,
    },
    {
      route: "/council/[movementId]",
      label: "results of a closed vote",
      path: (fx) => `/council/${voteId(fx, "closedMovementId")}`,
      secret: (fx) => voteId(fx, "closedNominee"),
      outcomes: councilOnly,
    },
    {
      route: "/council/[movementId]",
      label: "ballot sheet with a malformed id",
      path: () => "/council/123",
      outcomes: { ...everyone("notfound"), anonymous: "signin" },
    },
    {
      route: "/admin/movements/[id]/vote",
      label: "vote page before opening",
      path: (fx) => `/admin/movements/${voteId(fx, "readyMovementId")}/vote`,
      secret: (fx) => voteId(fx, "readyMovementName"),
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/vote",
      label: "vote page while open",
      path: (fx) => `/admin/movements/${voteId(fx, "openMovementId")}/vote`,
      secret: (fx) => voteId(fx, "openNominee"),
      outcomes: adminOnly,
    },
    {
      route: "/admin/movements/[id]/vote",
      label: "vote page after closing",
      path: (fx) => `/admin/movements/${voteId(fx, "closedMovementId")}/vote`,
      secret: (fx) => voteId(fx, "closedNominee"),
      outcomes: adminOnly,
    },
  ],
  handlerCases: [],
  actionCases: [
    {
      key: "app/admin/movements/[id]/vote/actions.ts#openVoteAction",
      allowed: ["admin"],
      async probe(context) {
        const target = await freshVote(context, "none");
        return {
          args: [idle, formData({ movementId: target.movementId, quorumPercent: "" })],
          tookEffect: async () => (await voteOf(context.db, target.movementId)) !== null,
        };
      },
    },
    {
      key: "app/council/[movementId]/actions.ts#castBallotsAction",
      allowed: ["reviewer"],
      async probe(context) {
        const target = await freshVote(context, "open");
        return {
          args: [idle, formData({ movementId: target.movementId, [`choices.${target.nominationId}`]: "APPROVE" })],
          tookEffect: async () => (await context.db.ballot.count({ where: { nominationId: target.nominationId } })) > 0,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/vote/actions.ts#recordWrittenBallotAction",
      allowed: ["admin"],
      async probe(context) {
        const target = await freshVote(context, "open");
        return {
          args: [
            idle,
            formData({
              movementId: target.movementId,
              memberId: context.fx.userIds.reviewer,
              nominationId: target.nominationId,
              choice: "REJECT",
            }),
          ],
          tookEffect: async () =>
            (await context.db.voterRegister.count({ where: { nominationId: target.nominationId } })) > 0,
        };
      },
    },
    {
      key: "app/admin/movements/[id]/vote/actions.ts#closeVoteAction",
      allowed: ["admin"],
      async probe(context) {
        const target = await freshVote(context, "open");
        return {
          args: [idle, formData({ movementId: target.movementId })],
          tookEffect: async () => (await voteOf(context.db, target.movementId))?.status === "CLOSED",
        };
      },
    },
  ],
};
