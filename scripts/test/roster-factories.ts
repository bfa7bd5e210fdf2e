// Test data for the roster, profiles, merit history, exports, certificates and the dashboard.
//
//   const world = await createRosterWorld(client);
//   world: a nomination world (units root ─┬─ a ── aTeam, b; outside; officers, staff, admin:
//     see nomination-factories.ts) plus world.movement moved to DECISION with a recorded
//     decision world.decision ("12/QĐ-CĐN …", issued 2026-12-10, unpublished).
//   const h = await insertHonoree(client, world, { name: "Nguyễn Thị Hồng", listedFor: "PUBLIC" });
//     an HONOURED nomination and its honoree (via lib/roster/record.ts, like a real decision),
//     in unit a by default, title basic; listedFor null (unpublished) unless given; publishedAt
//     set when listed. Options: unit, kind, title, position, birthYear, citation, story,
//     awardedOn, revoked (revokedAt + reason), movement/decision (another movement's).
//   createDecidedMovement(client, world, { issuedOn }) gives another decided movement of root.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { NomineeKind, Visibility } from "../../lib/generated/prisma/enums";
import { honoreeRecord } from "../../lib/roster/record";
import { toSearchText } from "../../lib/text/search-text";
import {
  createNominationMovement,
  createNominationWorld,
  type NominationMovement,
  type NominationWorld,
} from "./nomination-factories";

export interface DecidedMovement {
  movement: NominationMovement;
  decision: { id: string; number: string; issuedOn: Date };
}

export interface RosterWorld extends NominationWorld {
  decision: DecidedMovement["decision"];
}

/** A movement of `world.root` in DECISION with a recorded, unpublished decision. */
export async function createDecidedMovement(
  client: PrismaClient,
  world: NominationWorld,
  options: { issuedOn?: string } = {},
): Promise<DecidedMovement> {
  const movement = await createNominationMovement(client, world, { status: "DECISION" });
  return { movement, decision: await recordTestDecision(client, world, movement.id, options.issuedOn ?? "2026-12-10") };
}

async function recordTestDecision(client: PrismaClient, world: NominationWorld, movementId: string, issuedOn: string) {
  return client.decision.create({
    data: {
      movementId,
      number: `12/QĐ-CĐN ${randomUUID().slice(0, 6)}`,
      issuedOn: new Date(issuedOn),
      signerName: "Nguyễn Văn Chủ",
      issuingAuthority: "Ban Thường vụ Công đoàn ngành",
      recordedById: world.admin.id,
    },
    select: { id: true, number: true, issuedOn: true },
  });
}

export async function createRosterWorld(client: PrismaClient): Promise<RosterWorld> {
  const world = await createNominationWorld(client);
  await client.movement.update({ where: { id: world.movement.id }, data: { status: "DECISION" } });
  const decision = await recordTestDecision(client, world, world.movement.id, "2026-12-10");
  return { ...world, decision };
}

export interface HonoreeOptions {
  name?: string;
  kind?: NomineeKind;
  unit?: { id: string; name: string };
  title?: { id: string };
  position?: string | null;
  birthYear?: number | null;
  citation?: string;
  story?: string;
  awardedOn?: string;
  listedFor?: Visibility | null;
  revoked?: boolean;
  /** Another decided movement (createDecidedMovement); world.movement by default. */
  in?: DecidedMovement;
}

/** An HONOURED nomination of the movement and its honoree row (see the header). */
export async function insertHonoree(client: PrismaClient, world: RosterWorld, options: HonoreeOptions = {}) {
  const kind = options.kind ?? "INDIVIDUAL";
  const name = options.name ?? `Nguyễn Văn Thử ${randomUUID().slice(0, 6)}`;
  const unit = options.unit ?? world.a;
  const movement = options.in?.movement ?? world.movement;
  const decision = options.in?.decision ?? world.decision;
  const title = options.title ?? movement.titles.basic;
  const birthYear = options.birthYear === undefined ? (kind === "INDIVIDUAL" ? 1985 : null) : options.birthYear;
  const position = options.position === undefined ? (kind === "INDIVIDUAL" ? "Chuyên viên" : null) : options.position;
  const citation = options.citation ?? "Hoàn thành xuất sắc nhiệm vụ, tham mưu kịp thời, phục vụ tận tụy.";
  const nomination = await client.nomination.create({
    data: {
      movementId: movement.id,
      awardTitleId: title.id,
      unitId: unit.id,
      nominatingUnitId: unit.id,
      createdById: world.officerA.id,
      nomineeKind: kind,
      nomineeName: name,
      nomineeNameSearch: toSearchText(name),
      birthYear,
      position,
      citation,
      status: "HONOURED",
    },
    select: { id: true },
  });
  const listedFor = options.revoked ? null : (options.listedFor ?? null);
  const record = honoreeRecord(
    {
      id: nomination.id,
      movementId: movement.id,
      awardTitleId: title.id,
      unitId: unit.id,
      unitName: unit.name,
      nomineeKind: kind,
      nomineeName: name,
      birthYear,
      position,
      citation,
      story: options.story ?? "Đồng chí luôn đi đầu trong cải cách hành chính.\n\nGần dân, trọng dân.",
      portraitFileId: null,
    },
    { id: decision.id, issuedOn: options.awardedOn ? new Date(options.awardedOn) : decision.issuedOn },
  );
  return client.honoree.create({
    data: {
      ...record,
      listedFor,
      publishedAt: listedFor ? new Date() : null,
      ...(options.revoked
        ? { revokedAt: new Date(), revokedReason: "Hồ sơ không trung thực", revocationReference: "15/QĐ-CĐN" }
        : {}),
    },
  });
}
