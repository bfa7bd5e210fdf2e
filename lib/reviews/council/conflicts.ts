// Conflicts of interest between a reviewer and a nomination (decision record 0007). Pure: the
// caller passes the reviewer's units (every role they hold) as materialized paths ("/root/a/").
// The organizing union's council sits above every nominee, so an ancestor at or above the
// organizing unit is not a conflict; one between the organizing unit and the nominee is.

export type ConflictKind = "nominator" | "sameUnit" | "unitBelow" | "unitAbove";

export interface ConflictReviewer {
  id: string;
  unitPaths: readonly string[];
}

export interface ConflictNomination {
  unitPath: string;
  createdById: string;
}

/** The conflict that keeps `reviewer` from reviewing `nomination`, the strongest first; null when none. */
export function reviewerConflict(
  reviewer: ConflictReviewer,
  nomination: ConflictNomination,
  organizingPath: string,
): ConflictKind | null {
  if (reviewer.id === nomination.createdById) return "nominator";
  const kinds = reviewer.unitPaths.map((path) => unitConflict(path, nomination.unitPath, organizingPath));
  return (["sameUnit", "unitBelow", "unitAbove"] as const).find((kind) => kinds.includes(kind)) ?? null;
}

function unitConflict(reviewerPath: string, nomineePath: string, organizingPath: string): ConflictKind | null {
  if (reviewerPath === nomineePath) return "sameUnit";
  if (reviewerPath.startsWith(nomineePath)) return "unitBelow";
  // An ancestor of the nominee's unit: a conflict only when it is strictly below the organizing unit.
  if (nomineePath.startsWith(reviewerPath) && !organizingPath.startsWith(reviewerPath)) return "unitAbove";
  return null;
}
