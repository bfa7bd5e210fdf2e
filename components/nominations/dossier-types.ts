// The plain data the dossier form is drawn from (the page maps the query's result onto it).

export type NomineeKindValue = "INDIVIDUAL" | "COLLECTIVE";

export interface DossierValues {
  id: string;
  version: number;
  nomineeKind: NomineeKindValue;
  nomineeName: string;
  gender: string | null;
  birthYear: number | null;
  position: string | null;
  unitId: string;
  yearsOfService: number | null;
  contact: string | null;
  collectiveSize: number | null;
  serviceMonths: number | null;
  absenceDays: number | null;
  disciplined: boolean;
  awardTitleId: string;
  achievementSummary: string;
  citation: string;
  /** Criterion id → the officer's self-assessment. */
  selfAssessments: Record<string, string>;
  priorRecognitions: { title: string; year: number; decisionRef: string | null }[];
}

export interface DossierChoices {
  titles: { id: string; name: string; nameEn?: string | null; eligibility: "INDIVIDUAL" | "COLLECTIVE" | "BOTH" }[];
  units: { id: string; name: string; depth: number }[];
  criteria: { id: string; name: string; nameEn?: string | null; guidance: string }[];
}

/** Character limits the server enforces, shown and checked as the officer types. */
export interface DossierLimits {
  summaryHtml: number;
  citation: number;
  selfAssessment: number;
}

/** The titles open to a nominee of `kind`. */
export function titlesFor<T extends { eligibility: string }>(titles: readonly T[], kind: NomineeKindValue): T[] {
  return titles.filter((title) => title.eligibility === "BOTH" || title.eligibility === kind);
}
