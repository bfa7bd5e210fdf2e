// Reading movements. Who sees what: drafts only administrators; staff-only movements only
// signed-in people; public ones everyone. The same rule sits in every query's `where`.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { hasRole } from "../policy";
import { listedWhere } from "../roster/visibility";
import type { Actor } from "../session";
import { definitionSelect, titleRulesSelect } from "./definition";

/** The movements `actor` may see (null: an anonymous visitor). */
export function visibleMovementsWhere(actor: Actor | null): Prisma.MovementWhereInput {
  if (hasRole(actor, "ADMIN")) return {};
  if (actor) return { status: { not: "DRAFT" } };
  return { status: { not: "DRAFT" }, visibility: "PUBLIC" };
}

/** Movements, newest period first. */
export async function listMovements(options: { actor: Actor | null }) {
  return db().movement.findMany({
    where: visibleMovementsWhere(options.actor),
    orderBy: [{ startsOn: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      nameEn: true,
      slogan: true,
      status: true,
      visibility: true,
      startsOn: true,
      endsOn: true,
      organizingUnit: { select: { name: true } },
      _count: { select: { registrations: true } },
    },
  });
}

/** One movement with what its page shows, or null when it does not exist or may not be seen. */
export async function getMovement(options: { actor: Actor | null; id: string }) {
  return db().movement.findFirst({
    where: { AND: [{ id: options.id }, visibleMovementsWhere(options.actor)] },
    select: {
      id: true,
      name: true,
      nameEn: true,
      slogan: true,
      sloganEn: true,
      description: true,
      status: true,
      visibility: true,
      startsOn: true,
      endsOn: true,
      organizingUnit: { select: { name: true } },
      coverageUnit: { select: { name: true } },
      phases: { select: { kind: true, startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
      criteria: {
        select: { id: true, name: true, nameEn: true, guidance: true, weight: true, maxScore: true },
        orderBy: { position: "asc" },
      },
      awardTitles: {
        select: {
          id: true,
          name: true,
          nameEn: true,
          approvalThresholdPercent: true,
          thresholdStrict: true,
          ...titleRulesSelect,
        },
        orderBy: { position: "asc" },
      },
      registrations: { select: { unit: { select: { id: true, name: true } } }, orderBy: { unit: { name: "asc" } } },
      // Only what the roster shows this viewer (a staff-only listing is not counted for the public).
      _count: { select: { honorees: { where: listedWhere(options.actor) } } },
    },
  });
}

export type MovementDetail = NonNullable<Awaited<ReturnType<typeof getMovement>>>;

/** The phase running on `today` (a YYYY-MM-DD day), if any. */
export function currentPhase(phases: MovementDetail["phases"], today: string) {
  return (
    phases.find(
      (phase) => phase.startsOn.toISOString().slice(0, 10) <= today && today <= phase.endsOn.toISOString().slice(0, 10),
    ) ?? null
  );
}

/**
 * One movement's whole definition as the administrators' editor shows it, or null. Callers
 * check `can(actor, "movement.manage")` first: drafts included, no visibility filter.
 */
export async function getMovementForEditing(id: string) {
  return db().movement.findUnique({
    where: { id },
    select: {
      ...definitionSelect,
      id: true,
      organizingUnit: { select: { id: true, code: true, name: true, depth: true } },
      coverageUnit: { select: { id: true, code: true, name: true, depth: true } },
      copiedFrom: { select: { id: true, name: true } },
      _count: { select: { nominations: true, registrations: true } },
    },
  });
}

export type MovementForEditing = NonNullable<Awaited<ReturnType<typeof getMovementForEditing>>>;
