// Whether a dossier may be submitted: complete (every required field and criterion answered)
// and eligible under the movement's and the title's rules (registration first, prerequisites,
// exclusions, quotas). Pure: the command gathers the facts, these list every problem found.
import type { NomineeKind, TitleEligibility } from "../generated/prisma/enums";
import { toSearchText } from "../text/search-text";
import type { NominationProblem } from "./errors";
import { unitLimit } from "./quotas";
import { richTextToPlain } from "./rich-text";

export interface EligibilityDossier {
  nomineeKind: NomineeKind;
  nomineeName: string;
  gender: string | null;
  birthYear: number | null;
  position: string | null;
  yearsOfService: number | null;
  collectiveSize: number | null;
  serviceMonths: number | null;
  absenceDays: number | null;
  disciplined: boolean;
  achievementSummary: string;
  citation: string;
  unitName: string;
  /** Criterion id → self-assessment text. */
  selfAssessments: Readonly<Record<string, string>>;
  priorRecognitions: readonly { title: string; year: number }[];
}

export interface EligibilityTitle {
  name: string;
  eligibility: TitleEligibility;
  quotaTotal: number | null;
  quotaPerUnit: number | null;
  quotaPerUnitPercent: number | null;
  requiredPriorTitle: string | null;
  minServiceMonths: number | null;
  maxAbsenceDays: number | null;
  excludesDisciplined: boolean;
}

export interface EligibilityContext {
  /** The nominee's unit is registered for the movement. */
  isRegistered: boolean;
  unitHeadcount: number | null;
  /** Places of this title already taken by the unit and by the whole movement (this nomination excluded). */
  unitUsed: number;
  movementUsed: number;
  /** Names of the titles the nominee holds in the app's merit history (non-revoked honorees). */
  meritTitles: readonly string[];
}

/** Does `title` accept a nominee of `kind`? */
export function titleFitsKind(eligibility: TitleEligibility, kind: NomineeKind): boolean {
  return eligibility === "BOTH" || eligibility === kind;
}

const individualFields = ["gender", "birthYear", "position", "yearsOfService"] as const;

/** Missing required fields and unanswered criteria, in the order the form shows them. */
export function checkCompleteness(
  dossier: EligibilityDossier,
  criteria: readonly { id: string; name: string }[],
): NominationProblem[] {
  const problems: NominationProblem[] = [];
  const missing = (field: string) => problems.push({ code: "missingField", field });
  if (dossier.nomineeName.trim() === "") missing("nomineeName");
  if (dossier.nomineeKind === "INDIVIDUAL") {
    for (const field of individualFields) if (dossier[field] === null || dossier[field] === "") missing(field);
  } else if (dossier.collectiveSize === null) missing("collectiveSize");
  if (richTextToPlain(dossier.achievementSummary) === "") missing("achievementSummary");
  if (dossier.citation.trim() === "") missing("citation");
  for (const criterion of criteria) {
    if ((dossier.selfAssessments[criterion.id] ?? "").trim() === "") {
      problems.push({
        code: "selfAssessmentMissing",
        field: `selfAssessments.${criterion.id}`,
        values: { criterion: criterion.name },
      });
    }
  }
  return problems;
}

/** Does the nominee hold `required`, declared on the dossier or in the merit history? Names compare without case or diacritics. */
export function holdsPriorTitle(
  required: string,
  declared: readonly { title: string }[],
  meritTitles: readonly string[],
): boolean {
  const wanted = toSearchText(required);
  return declared.some((p) => toSearchText(p.title) === wanted) || meritTitles.some((t) => toSearchText(t) === wanted);
}

/** Every rule of the movement and the title the dossier breaks. */
export function checkEligibility(
  dossier: EligibilityDossier,
  title: EligibilityTitle,
  movement: { requiresRegistration: boolean },
  context: EligibilityContext,
): NominationProblem[] {
  const problems: NominationProblem[] = [];
  if (!titleFitsKind(title.eligibility, dossier.nomineeKind))
    problems.push({ code: "titleNotForKind", field: "awardTitleId", values: { title: title.name } });
  // "Không đăng ký thi đua thì không xét danh hiệu."
  if (movement.requiresRegistration && !context.isRegistered)
    problems.push({ code: "notRegistered", field: "unitId", values: { unit: dossier.unitName } });
  if (
    title.requiredPriorTitle !== null &&
    !holdsPriorTitle(title.requiredPriorTitle, dossier.priorRecognitions, context.meritTitles)
  ) {
    problems.push({
      code: "priorTitleMissing",
      field: "priorRecognitions",
      values: { title: title.name, required: title.requiredPriorTitle },
    });
  }
  if (dossier.nomineeKind === "INDIVIDUAL") {
    if (title.minServiceMonths !== null) {
      if (dossier.serviceMonths === null) problems.push({ code: "missingField", field: "serviceMonths" });
      else if (dossier.serviceMonths < title.minServiceMonths) {
        problems.push({
          code: "serviceTooShort",
          field: "serviceMonths",
          values: { min: String(title.minServiceMonths), actual: String(dossier.serviceMonths) },
        });
      }
    }
    if (title.maxAbsenceDays !== null) {
      if (dossier.absenceDays === null) problems.push({ code: "missingField", field: "absenceDays" });
      else if (dossier.absenceDays >= title.maxAbsenceDays) {
        problems.push({
          code: "tooManyAbsences",
          field: "absenceDays",
          values: { max: String(title.maxAbsenceDays), actual: String(dossier.absenceDays) },
        });
      }
    }
  }
  if (title.excludesDisciplined && dossier.disciplined) problems.push({ code: "disciplined", field: "disciplined" });
  const limit = unitLimit(title, context.unitHeadcount);
  if (limit !== null && context.unitUsed >= limit) {
    problems.push({
      code: "unitQuotaReached",
      field: "awardTitleId",
      values: { title: title.name, unit: dossier.unitName, limit: String(limit), used: String(context.unitUsed) },
    });
  }
  if (title.quotaTotal !== null && context.movementUsed >= title.quotaTotal) {
    problems.push({
      code: "movementQuotaReached",
      field: "awardTitleId",
      values: { title: title.name, limit: String(title.quotaTotal) },
    });
  }
  return problems;
}
