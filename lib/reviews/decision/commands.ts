// Quyết định khen thưởng: the one decision of a movement after its council vote. Recording it
// turns the APPROVED nominations into HONOURED, creates their (unpublished) honoree profiles
// and notifies the nominating officers; afterwards it is only ever corrected, each correction
// keeping before/after, a reason and who made it (docs/decisions/0007).
import { recordAudit, recordAudits } from "../../audit";
import { notifyAll } from "../../notifications/notifications";
import { db } from "../../db";
import { env } from "../../env";
import { conflict, FieldError, forbidden, notFoundError } from "../../errors";
import type { NomineeKind } from "../../generated/prisma/enums";
import { dayIn, fromDay, toDay } from "../../movements/days";
import { richTextToPlain } from "../../nominations/rich-text";
import { can } from "../../policy";
import type { Actor } from "../../session";
import { honoreeRecord } from "../../roster/record";
import type { CorrectDecisionInput, RecordDecisionInput } from "./schemas";
import { ReviewRefusedError } from "../errors";
import { assertStage, lockReviewMovement, type Tx } from "../locks";
import { unresolvedObjectionCount } from "../posting/objections";

/** The achievement summary (sanitized HTML) as plain paragraphs separated by a blank line: the honoree's story. */
export function summaryToStory(html: string): string {
  return html
    .split(/<\/(?:p|li|ul|ol)>|<br\s*\/?>/i)
    .map((block) => richTextToPlain(`${/<li[\s>]/i.test(block) ? "• " : ""}${block}`))
    .map((text) => text.replace(/^•\s*$/, ""))
    .filter((text) => text.length > 0)
    .join("\n\n");
}

function requireAdmin(actor: Actor | null): Actor {
  if (!actor || !can(actor, "movement.manage")) throw forbidden();
  return actor;
}

/** The day (in the app's time zone) the vote of `movementId` closed. */
async function voteClosedDay(tx: Tx, movementId: string): Promise<string | null> {
  const vote = await tx.councilVote.findUnique({ where: { movementId }, select: { closedAt: true } });
  return vote?.closedAt ? dayIn(env().APP_TIME_ZONE, vote.closedAt) : null;
}

async function assertDecisionFields(
  tx: Tx,
  movementId: string,
  input: { number: string; issuedOn: string },
  today: string,
  exceptId?: string,
) {
  if (input.issuedOn > today) throw new FieldError("issuedOn", "dateInFuture");
  const closedDay = await voteClosedDay(tx, movementId);
  if (closedDay && input.issuedOn < closedDay) throw new FieldError("issuedOn", "dateBeforeVoteClosed");
  const taken = await tx.decision.count({
    where: { movementId, number: input.number, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (taken > 0) throw new FieldError("number", "decisionNumberTaken");
}

interface HonouredRow {
  id: string;
  createdById: string;
  nomineeName: string;
  nomineeKind: NomineeKind;
  birthYear: number | null;
  position: string | null;
  unitId: string;
  unitName: string;
  awardTitleId: string;
  titleName: string;
  citation: string;
  achievementSummary: string;
  portraitFileId: string | null;
}

/** Records the decision of a movement whose vote is closed (administrators); returns its id and how many were honoured. */
export async function recordDecision(options: {
  actor: Actor | null;
  input: RecordDecisionInput;
  today: string;
}): Promise<{ id: string; honoured: number }> {
  const actor = requireAdmin(options.actor);
  const { input, today } = options;
  return db().$transaction(async (tx) => {
    const movement = await lockReviewMovement(tx, input.movementId, "update", today);
    assertStage(movement, ["voteClosed"]);
    const objections = await unresolvedObjectionCount(tx, movement.id);
    if (objections > 0) throw new ReviewRefusedError("objectionsUnresolved", { count: String(objections) });
    await assertDecisionFields(tx, movement.id, input, today);
    const decision = await tx.decision.create({
      data: {
        movementId: movement.id,
        number: input.number,
        issuedOn: fromDay(input.issuedOn),
        signerName: input.signerName,
        issuingAuthority: input.issuingAuthority,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    const honoured = await tx.$queryRaw<HonouredRow[]>`
      UPDATE "Nomination" n
      SET status = 'HONOURED', version = n.version + 1, "updatedAt" = now()
      FROM "AwardTitle" t, "Unit" u
      WHERE t.id = n."awardTitleId" AND u.id = n."unitId" AND n."movementId" = ${movement.id}::uuid AND n.status = 'APPROVED'
      RETURNING n.id::text AS id, n."createdById"::text AS "createdById", n."nomineeName", n."nomineeKind"::text AS "nomineeKind",
                n."birthYear", n.position, n."unitId"::text AS "unitId", u.name AS "unitName", n."awardTitleId"::text AS "awardTitleId",
                t.name AS "titleName", n.citation, n."achievementSummary",
                (SELECT f.id::text FROM "NominationFile" f
                 WHERE f."nominationId" = n.id AND f.kind = 'PORTRAIT' AND f."removedAt" IS NULL
                 ORDER BY f."createdAt" DESC LIMIT 1) AS "portraitFileId"`;
    await tx.honoree.createMany({
      data: honoured.map((n) =>
        honoreeRecord(
          { ...n, movementId: movement.id, story: summaryToStory(n.achievementSummary) },
          { id: decision.id, issuedOn: fromDay(input.issuedOn) },
        ),
      ),
    });
    await notifyAll(
      tx,
      honoured.map((n) => ({
        userId: n.createdById,
        kind: "NOMINATION_HONOURED" as const,
        nominationId: n.id,
        params: { nominee: n.nomineeName, movement: movement.name, title: n.titleName, decision: input.number },
      })),
    );
    const fields = {
      number: input.number,
      issuedOn: input.issuedOn,
      signerName: input.signerName,
      issuingAuthority: input.issuingAuthority,
    };
    await recordAudit(
      {
        actorId: actor.id,
        action: "decision.recorded",
        objectType: "Movement",
        objectId: movement.id,
        after: { decisionId: decision.id, ...fields, honoured: honoured.length },
      },
      tx,
    );
    await recordAudits(
      honoured.map((n) => ({
        actorId: actor.id,
        action: "nomination.honoured",
        objectType: "Nomination",
        objectId: n.id,
        before: { status: "APPROVED" },
        after: { status: "HONOURED", decisionId: decision.id, decisionNumber: input.number },
      })),
      tx,
    );
    return { id: decision.id, honoured: honoured.length };
  });
}

interface DecisionRow {
  id: string;
  movementId: string;
  number: string;
  issuedOn: Date;
  signerName: string;
  issuingAuthority: string;
  version: number;
}

/** Corrects a recorded decision (administrators): the change is kept with its reason; a stale `version` is a conflict. */
export async function correctDecision(options: {
  actor: Actor | null;
  input: CorrectDecisionInput;
  today: string;
}): Promise<void> {
  const actor = requireAdmin(options.actor);
  const { input, today } = options;
  await db().$transaction(async (tx) => {
    const head = await tx.decision.findUnique({ where: { id: input.decisionId }, select: { movementId: true } });
    if (!head) throw notFoundError("decision");
    const movement = await lockReviewMovement(tx, head.movementId, "update", today);
    assertStage(movement, ["decided"]);
    const rows = await tx.$queryRaw<DecisionRow[]>`
      SELECT id::text AS id, "movementId"::text AS "movementId", number, "issuedOn", "signerName", "issuingAuthority", version
      FROM "Decision" WHERE id = ${input.decisionId}::uuid AND "revokedAt" IS NULL FOR UPDATE`;
    const decision = rows[0];
    if (!decision) throw notFoundError("decision");
    if (decision.version !== input.version) throw conflict("decision changed since it was read");
    const before = {
      number: decision.number,
      issuedOn: toDay(decision.issuedOn),
      signerName: decision.signerName,
      issuingAuthority: decision.issuingAuthority,
    };
    const after = {
      number: input.number,
      issuedOn: input.issuedOn,
      signerName: input.signerName,
      issuingAuthority: input.issuingAuthority,
    };
    if ((Object.keys(after) as (keyof typeof after)[]).every((key) => before[key] === after[key]))
      throw new ReviewRefusedError("decisionUnchanged");
    await assertDecisionFields(tx, movement.id, input, today, decision.id);
    await tx.decisionCorrection.create({
      data: { decisionId: decision.id, before, after, reason: input.reason, correctedById: actor.id },
    });
    await tx.decision.update({
      where: { id: decision.id },
      data: {
        number: after.number,
        issuedOn: fromDay(after.issuedOn),
        signerName: after.signerName,
        issuingAuthority: after.issuingAuthority,
        version: { increment: 1 },
      },
    });
    // Honorees carry the decision's date (the roster's period filter and order): keep them in step.
    if (before.issuedOn !== after.issuedOn)
      await tx.honoree.updateMany({ where: { decisionId: decision.id }, data: { awardedOn: fromDay(after.issuedOn) } });
    await recordAudit(
      {
        actorId: actor.id,
        action: "decision.corrected",
        objectType: "Movement",
        objectId: movement.id,
        before: { decisionId: decision.id, ...before, version: decision.version },
        after: { decisionId: decision.id, ...after, version: decision.version + 1, reason: input.reason },
      },
      tx,
    );
  });
}
