// What the roster pages read: one page of a roster view, its filter options, and an honoree's
// profile. Every query starts from what the viewer may see (lib/roster/visibility.ts), so a
// caller that forgets a check still gets nothing unlisted. Kept apart from the pages so they can
// be wrapped in a cache later.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NomineeKind, Visibility } from "../generated/prisma/enums";
import { isUuid } from "../ids";
import { visibleMovementsWhere } from "../movements/queries";
import { hasRole, officerScopes } from "../policy";
import type { Actor } from "../session";
import { unitsWithinScopes } from "../units/scope";
import { rosterOrderBy, rosterWhere } from "./filters";
import { rosterPageSize, type RosterParams } from "./params";
import { rosterUnitOptions, type RosterUnitOption } from "./unit-options";
import { canViewHonoree, listedWhere, rosterAudiencesFor } from "./visibility";

export type { RosterUnitOption } from "./unit-options";

export interface RosterRow {
  id: string;
  name: string;
  kind: NomineeKind;
  position: string | null;
  unitName: string;
  titleName: string;
  titleNameEn: string | null;
  movementId: string;
  movementName: string;
  movementNameEn: string | null;
  awardedOn: Date;
  citation: string;
  hasPortrait: boolean;
}

export interface RosterPage {
  rows: RosterRow[];
  total: number;
  /** The page shown: the requested one clamped into 1…pageCount. */
  page: number;
  pageCount: number;
}

export const rosterRowSelect = {
  id: true,
  name: true,
  kind: true,
  position: true,
  awardedOn: true,
  citation: true,
  movementId: true,
  portraitFileId: true,
  unit: { select: { name: true } },
  awardTitle: { select: { name: true, nameEn: true } },
  movement: { select: { name: true, nameEn: true } },
} satisfies Prisma.HonoreeSelect;

/** A selected honoree as a roster card shows it. */
export function toRosterRow(row: Prisma.HonoreeGetPayload<{ select: typeof rosterRowSelect }>): RosterRow {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    position: row.position,
    unitName: row.unit.name,
    titleName: row.awardTitle.name,
    titleNameEn: row.awardTitle.nameEn,
    movementId: row.movementId,
    movementName: row.movement.name,
    movementNameEn: row.movement.nameEn,
    awardedOn: row.awardedOn,
    citation: row.citation,
    hasPortrait: row.portraitFileId !== null,
  };
}

/** One page of the roster view `params` as `actor` sees it; a page past the end shows the last one. */
export async function rosterPage(actor: Actor | null, params: RosterParams): Promise<RosterPage> {
  const where = await rosterWhere(actor, params);
  const orderBy = rosterOrderBy[params.sort];
  const requested = Math.max(1, params.page);
  const pageOf = (page: number) =>
    db().honoree.findMany({
      where,
      orderBy,
      skip: (page - 1) * rosterPageSize,
      take: rosterPageSize,
      select: rosterRowSelect,
    });
  // Count and the requested page together: a second query only when the page lies past the end.
  const [total, firstTry] = await Promise.all([db().honoree.count({ where }), pageOf(requested)]);
  const pageCount = Math.max(1, Math.ceil(total / rosterPageSize));
  const page = Math.min(requested, pageCount);
  const rows = page === requested ? firstTry : await pageOf(page);
  return { rows: rows.map(toRosterRow), total, page, pageCount };
}

export interface RosterOption {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface RosterFilterOptions {
  movements: RosterOption[];
  /** Titles of the chosen movement (none without one: titles of different movements share names). */
  titles: RosterOption[];
  /** The unit choice, drilled down to the chosen unit (lib/roster/unit-options.ts). */
  units: RosterUnitOption[];
  /** Years of the first and last decision on the roster; null when it is empty. */
  years: { from: number; to: number } | null;
}

/**
 * The choices of the roster's filter form: only what `actor` may see listed (of `movementId` when
 * given), the units drilled down to `unitId`.
 */
export async function rosterFilterOptions(
  actor: Actor | null,
  options: { movementId?: string; unitId?: string } = {},
): Promise<RosterFilterOptions> {
  const listed: Prisma.HonoreeWhereInput = options.movementId
    ? { AND: [listedWhere(actor), { movementId: options.movementId }] }
    : listedWhere(actor);
  const [movements, titles, units, range] = await Promise.all([
    db().movement.findMany({
      where: { honorees: { some: listedWhere(actor) } },
      orderBy: [{ startsOn: "desc" }, { name: "asc" }],
      take: 200,
      select: { id: true, name: true, nameEn: true },
    }),
    options.movementId
      ? db().awardTitle.findMany({
          where: { movementId: options.movementId, honorees: { some: listedWhere(actor) } },
          orderBy: { position: "asc" },
          select: { id: true, name: true, nameEn: true },
        })
      : Promise.resolve([]),
    rosterUnitOptions({
      audiences: rosterAudiencesFor(actor),
      movementId: options.movementId,
      chosenUnitId: options.unitId,
    }),
    db().honoree.aggregate({ where: listed, _min: { awardedOn: true }, _max: { awardedOn: true } }),
  ]);
  const first = range._min.awardedOn;
  const last = range._max.awardedOn;
  return {
    movements,
    titles,
    units,
    years: first && last ? { from: first.getUTCFullYear(), to: last.getUTCFullYear() } : null,
  };
}

/** A movement whose roster `actor` may open: the movement page's own visibility rule. */
export async function rosterMovement(actor: Actor | null, id: string) {
  if (!isUuid(id)) return null;
  return db().movement.findFirst({
    where: { AND: [{ id }, visibleMovementsWhere(actor)] },
    select: { id: true, name: true, nameEn: true, slogan: true, sloganEn: true },
  });
}

/**
 * The honorees `actor` may open (the where twin of canViewHonoree): listed for them, or any of
 * the units they act for; everything for administrators.
 */
export function viewableHonoreesWhere(actor: Actor | null): Prisma.HonoreeWhereInput {
  if (hasRole(actor, "ADMIN")) return {};
  const scopes = actor ? officerScopes(actor) : [];
  return scopes.length > 0 ? { OR: [listedWhere(actor), { unit: unitsWithinScopes(scopes) }] } : listedWhere(actor);
}

export type HonoreeState = "listed" | "unpublished" | "revoked";

export interface HonoreeProfile {
  id: string;
  name: string;
  kind: NomineeKind;
  position: string | null;
  unitName: string;
  titleName: string;
  titleNameEn: string | null;
  movement: RosterOption;
  citation: string;
  /** Plain paragraphs separated by a blank line. */
  story: string;
  awardedOn: Date;
  hasPortrait: boolean;
  /** Merit-history key (lib/roster/merit.ts): read its history with meritHistoryOf. */
  holderKey: string;
  decision: { number: string; issuedOn: Date; signerName: string; issuingAuthority: string };
  listedFor: Visibility | null;
  publishedAt: Date | null;
  state: HonoreeState;
  revocation: { at: Date; reason: string | null; reference: string | null } | null;
}

/** The profile of honoree `id` when `actor` may see it; null when it does not exist for them (or `id` is malformed). */
export async function honoreeProfile(actor: Actor | null, id: string): Promise<HonoreeProfile | null> {
  if (!isUuid(id)) return null;
  const row = await db().honoree.findFirst({
    where: { AND: [{ id }, viewableHonoreesWhere(actor)] },
    select: {
      id: true,
      name: true,
      kind: true,
      position: true,
      citation: true,
      story: true,
      awardedOn: true,
      portraitFileId: true,
      holderKey: true,
      listedFor: true,
      publishedAt: true,
      revokedAt: true,
      revokedReason: true,
      revocationReference: true,
      unit: { select: { name: true, path: true } },
      awardTitle: { select: { name: true, nameEn: true } },
      movement: { select: { id: true, name: true, nameEn: true } },
      decision: { select: { number: true, issuedOn: true, signerName: true, issuingAuthority: true } },
    },
  });
  if (!row || !canViewHonoree(actor, { listedFor: row.listedFor, unitPath: row.unit.path })) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    position: row.position,
    unitName: row.unit.name,
    titleName: row.awardTitle.name,
    titleNameEn: row.awardTitle.nameEn,
    movement: row.movement,
    citation: row.citation,
    story: row.story,
    awardedOn: row.awardedOn,
    hasPortrait: row.portraitFileId !== null,
    holderKey: row.holderKey,
    decision: row.decision,
    listedFor: row.listedFor,
    publishedAt: row.publishedAt,
    state: row.revokedAt ? "revoked" : row.listedFor ? "listed" : "unpublished",
    revocation: row.revokedAt
      ? { at: row.revokedAt, reason: row.revokedReason, reference: row.revocationReference }
      : null,
  };
}
