// A dossier frozen as JSON: what each submitted NominationVersion keeps, and the comparison of
// two versions ("what changed since the previous submission").
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "./locks";

/** The fields about the nominee and their achievements that whoever judges the dossier reads: all but the contact. */
export const dossierFactsSelect = {
  nomineeKind: true,
  nomineeName: true,
  gender: true,
  birthYear: true,
  position: true,
  yearsOfService: true,
  collectiveSize: true,
  serviceMonths: true,
  absenceDays: true,
  disciplined: true,
  achievementSummary: true,
  citation: true,
} satisfies Prisma.NominationSelect;

/** The fields an officer writes about the nominee and their achievements. */
export const dossierFieldsSelect = { ...dossierFactsSelect, contact: true } satisfies Prisma.NominationSelect;

const snapshotSelect = {
  ...dossierFieldsSelect,
  unit: { select: { id: true, name: true } },
  awardTitle: { select: { id: true, name: true } },
  selfAssessments: { select: { criterionId: true, text: true, criterion: { select: { name: true, position: true } } } },
  priorRecognitions: { select: { title: true, year: true, decisionRef: true }, orderBy: { position: "asc" } },
  files: {
    where: { removedAt: null },
    select: { id: true, kind: true, fileName: true, sizeBytes: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.NominationSelect;

/** The frozen dossier: every field, the self-assessments by criterion, prior recognitions and the files not removed. */
export interface DossierSnapshot {
  nomineeKind: string;
  nomineeName: string;
  gender: string | null;
  birthYear: number | null;
  position: string | null;
  yearsOfService: number | null;
  contact: string | null;
  collectiveSize: number | null;
  serviceMonths: number | null;
  absenceDays: number | null;
  disciplined: boolean;
  achievementSummary: string;
  citation: string;
  unit: { id: string; name: string };
  awardTitle: { id: string; name: string };
  selfAssessments: { criterionId: string; criterionName: string; text: string }[];
  priorRecognitions: { title: string; year: number; decisionRef: string | null }[];
  files: { id: string; kind: string; fileName: string; sizeBytes: number }[];
}

/** The dossier of nomination `id` as it stands now (read within `tx`). */
export async function dossierSnapshot(tx: Pick<Tx, "nomination">, id: string): Promise<DossierSnapshot> {
  const row = await tx.nomination.findUniqueOrThrow({ where: { id }, select: snapshotSelect });
  return {
    ...row,
    selfAssessments: row.selfAssessments
      .sort((a, b) => a.criterion.position - b.criterion.position)
      .map((s) => ({ criterionId: s.criterionId, criterionName: s.criterion.name, text: s.text })),
  };
}

/**
 * One difference between two versions, for display: `field` is a dossier field name
 * ("citation", "unit", "awardTitle"), "selfAssessments.<criterionId>" (with `label`, the
 * criterion's name), "priorRecognitions" or "files". Values are display text: names for the
 * unit and title, enum codes for kind and gender, "true"/"false", one line per prior
 * recognition or file; null when absent.
 */
export interface SnapshotChange {
  field: string;
  label?: string;
  before: string | null;
  after: string | null;
}

const scalarFields = [
  "nomineeKind",
  "nomineeName",
  "gender",
  "birthYear",
  "position",
  "yearsOfService",
  "contact",
  "collectiveSize",
  "serviceMonths",
  "absenceDays",
  "disciplined",
  "achievementSummary",
  "citation",
] as const;

const text = (value: string | number | boolean | null | undefined): string | null =>
  value === null || value === undefined || value === "" ? null : String(value);
const lines = (items: readonly string[]): string | null => (items.length > 0 ? items.join("\n") : null);
const priorLine = (p: DossierSnapshot["priorRecognitions"][number]) =>
  [p.title, p.year, p.decisionRef].filter((part) => part !== null && part !== "").join(" — ");

/** What changed from `previous` to `current` (null `previous`: the first version, nothing to compare). */
export function compareSnapshots(previous: DossierSnapshot | null, current: DossierSnapshot): SnapshotChange[] {
  if (!previous) return [];
  const changes: SnapshotChange[] = [];
  const push = (change: SnapshotChange) => {
    if (change.before !== change.after) changes.push(change);
  };
  for (const field of scalarFields) push({ field, before: text(previous[field]), after: text(current[field]) });
  push({ field: "unit", before: previous.unit.name, after: current.unit.name });
  push({ field: "awardTitle", before: previous.awardTitle.name, after: current.awardTitle.name });
  const criterionIds = [
    ...new Set([...previous.selfAssessments, ...current.selfAssessments].map((s) => s.criterionId)),
  ];
  for (const criterionId of criterionIds) {
    const before = previous.selfAssessments.find((s) => s.criterionId === criterionId);
    const after = current.selfAssessments.find((s) => s.criterionId === criterionId);
    push({
      field: `selfAssessments.${criterionId}`,
      label: (after ?? before)?.criterionName,
      before: text(before?.text),
      after: text(after?.text),
    });
  }
  push({
    field: "priorRecognitions",
    before: lines(previous.priorRecognitions.map(priorLine)),
    after: lines(current.priorRecognitions.map(priorLine)),
  });
  push({
    field: "files",
    before: lines(previous.files.map((f) => f.fileName)),
    after: lines(current.files.map((f) => f.fileName)),
  });
  return changes;
}

/** A stored snapshot (JSON) read back; tolerant of versions written before a field existed. */
export function parseSnapshot(json: Prisma.JsonValue): DossierSnapshot {
  const value = (json ?? {}) as Partial<DossierSnapshot>;
  return {
    nomineeKind: value.nomineeKind ?? "INDIVIDUAL",
    nomineeName: value.nomineeName ?? "",
    gender: value.gender ?? null,
    birthYear: value.birthYear ?? null,
    position: value.position ?? null,
    yearsOfService: value.yearsOfService ?? null,
    contact: value.contact ?? null,
    collectiveSize: value.collectiveSize ?? null,
    serviceMonths: value.serviceMonths ?? null,
    absenceDays: value.absenceDays ?? null,
    disciplined: value.disciplined ?? false,
    achievementSummary: value.achievementSummary ?? "",
    citation: value.citation ?? "",
    unit: value.unit ?? { id: "", name: "" },
    awardTitle: value.awardTitle ?? { id: "", name: "" },
    selfAssessments: value.selfAssessments ?? [],
    priorRecognitions: value.priorRecognitions ?? [],
    files: value.files ?? [],
  };
}
