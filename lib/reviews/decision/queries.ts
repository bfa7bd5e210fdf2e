// What the decision panel of the vote page shows: the stage, the unanswered objections, and
// the recorded decision with its honourees and corrections. Administrators only.
import { db } from "../../db";
import { toDay } from "../../movements/days";
import { can } from "../../policy";
import type { Actor } from "../../session";
import { readReviewMovement } from "../locks";
import { unresolvedObjectionCount } from "../posting/objections";
import type { ReviewStage } from "../stage";

export type DecisionFields = { number: string; issuedOn: string; signerName: string; issuingAuthority: string };

export interface DecisionView {
  movementId: string;
  stage: ReviewStage;
  unresolvedObjections: number;
  decision:
    | (DecisionFields & {
        id: string;
        version: number;
        recordedBy: string | null;
        recordedAt: Date;
        honourees: number;
        corrections: {
          id: string;
          at: Date;
          by: string;
          reason: string;
          before: Partial<DecisionFields>;
          after: Partial<DecisionFields>;
        }[];
      })
    | null;
}

function fieldsOf(json: unknown): Partial<DecisionFields> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  const entries = Object.entries(json).filter(
    ([key, value]) =>
      ["number", "issuedOn", "signerName", "issuingAuthority"].includes(key) && typeof value === "string",
  );
  return Object.fromEntries(entries) as Partial<DecisionFields>;
}

/** The decision panel's data for `movementId`, or null when `actor` is no administrator or there is no such movement. */
export async function decisionView(options: {
  actor: Actor | null;
  movementId: string;
  today: string;
}): Promise<DecisionView | null> {
  if (!can(options.actor, "movement.manage")) return null;
  return db().$transaction(async (tx) => {
    const movement = await readReviewMovement(options.movementId, options.today, tx);
    if (!movement) return null;
    // One after the other: a transaction's connection runs one query at a time (pg warns on concurrent ones).
    const unresolvedObjections = await unresolvedObjectionCount(tx, movement.id);
    const decision = await tx.decision.findFirst({
      where: { movementId: movement.id, revokedAt: null },
      select: {
        id: true,
        number: true,
        issuedOn: true,
        signerName: true,
        issuingAuthority: true,
        version: true,
        createdAt: true,
        recordedBy: { select: { fullName: true } },
        _count: { select: { honorees: true } },
        corrections: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            createdAt: true,
            reason: true,
            before: true,
            after: true,
            correctedBy: { select: { fullName: true } },
          },
        },
      },
    });
    return {
      movementId: movement.id,
      stage: movement.stage,
      unresolvedObjections,
      decision: decision && {
        id: decision.id,
        number: decision.number,
        issuedOn: toDay(decision.issuedOn),
        signerName: decision.signerName,
        issuingAuthority: decision.issuingAuthority,
        version: decision.version,
        recordedBy: decision.recordedBy?.fullName ?? null,
        recordedAt: decision.createdAt,
        honourees: decision._count.honorees,
        corrections: decision.corrections.map((c) => ({
          id: c.id,
          at: c.createdAt,
          by: c.correctedBy.fullName,
          reason: c.reason,
          before: fieldsOf(c.before),
          after: fieldsOf(c.after),
        })),
      },
    };
  });
}
