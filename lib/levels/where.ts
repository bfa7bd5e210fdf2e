// Where a dossier is on its route (decision 0012), said the same way by the officer's list, its
// export and anything else that shows it in one line: at a level (with its state there), stopped
// by a level that did not forward it, at the organiser, or with the nominating unit.
import type { LevelState, NominationStatus } from "../generated/prisma/enums";

/** The level that holds the dossier now, or the one that did not forward it (state NOT_FORWARDED). */
export interface LevelHere {
  unitName: string;
  state: LevelState;
}

export type DossierWhere =
  | { key: "whereLevel"; unit: string; state: LevelState }
  | { key: "whereStopped"; unit: string }
  | { key: "whereOrganiser" }
  | { key: "whereNominating" };

const atOrganiser: readonly NominationStatus[] = [
  "SUBMITTED",
  "IN_REVIEW",
  "SHORTLISTED",
  "APPROVED",
  "REJECTED",
  "HONOURED",
  "NOT_SELECTED",
];

/** Where it is; null for a withdrawn dossier, which is nowhere on a route. */
export function dossierWhere(status: NominationStatus, level: LevelHere | null): DossierWhere | null {
  if (level?.state === "NOT_FORWARDED" && status === "NOT_SELECTED")
    return { key: "whereStopped", unit: level.unitName };
  if (level && level.state !== "NOT_FORWARDED") return { key: "whereLevel", unit: level.unitName, state: level.state };
  if (atOrganiser.includes(status)) return { key: "whereOrganiser" };
  if (status === "DRAFT" || status === "RETURNED") return { key: "whereNominating" };
  return null;
}

/** The catalog keys a where-line uses, so a typed translator of the "levels" namespace fits. */
type WhereKey = DossierWhere["key"] | `states.${LevelState}`;
type Translate = (key: WhereKey, values?: Record<string, string>) => string;

/** The line in the active locale; `t` is the "levels" namespace's translator. */
export function whereText(where: DossierWhere | null, t: Translate): string | null {
  if (!where) return null;
  if (where.key === "whereLevel") return t("whereLevel", { unit: where.unit, state: t(`states.${where.state}`) });
  if (where.key === "whereStopped") return t("whereStopped", { unit: where.unit });
  return t(where.key);
}
