import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { CoverageRow, EligibleReviewer } from "@/lib/reviews/council/queries";
import { CouncilAssignForm, CouncilUnassignForm } from "./council-assignment-forms";

interface Props {
  rows: CoverageRow[];
  perNomination: number;
  eligible: Map<string, EligibleReviewer[]>;
  /** Assignments may change (the stage allows it). */
  canAssign: boolean;
}

/** Per dossier: its reviewers and their progress, completed reviews against the target, and the assignment controls. */
export async function CouncilCoverage({ rows, perNomination, eligible, canAssign }: Props) {
  const t = await getTranslations("council");
  const tStatus = await getTranslations("nominationStatus");
  const tReview = await getTranslations("reviewStatus");
  return (
    <DataTable
      caption={t("coverageCaption")}
      rows={rows}
      rowKey={(row) => row.nominationId}
      rowClassName="align-top"
      empty={t("coverageEmpty")}
      columns={[
        {
          key: "nominee",
          header: t("nominee"),
          isRowHeader: true,
          cell: (row) => (
            <>
              <Link href={`/nominations/${row.nominationId}`} className="font-semibold text-brand-700 underline">
                {row.nomineeName}
              </Link>
              <div className="text-sm text-stone-600">{row.unitName}</div>
            </>
          ),
        },
        { key: "title", header: t("title"), cell: (row) => row.titleName },
        { key: "status", header: t("status"), cell: (row) => tStatus(row.status) },
        {
          key: "submitted",
          header: t("completed"),
          align: "end",
          cell: (row) => (
            <span className={row.isShort ? "font-semibold text-amber-800" : ""}>
              {t("completedOf", { submitted: row.submitted, target: perNomination })}
              {row.isShort ? <span className="block text-xs">{t("short")}</span> : null}
            </span>
          ),
        },
        {
          key: "reviewers",
          header: t("reviewers"),
          cell: (row) =>
            row.assignments.length === 0 ? (
              <span className="text-stone-600">{t("noReviewers")}</span>
            ) : (
              <ul className="space-y-1">
                {row.assignments.map((assignment) => (
                  <li key={assignment.reviewId}>
                    <Link href={`/reviews/${assignment.reviewId}`} className="text-brand-700 underline">
                      {assignment.reviewerName}
                    </Link>{" "}
                    <span className="text-sm text-stone-600">({tReview(assignment.status)})</span>
                    {assignment.status !== "SUBMITTED" ? (
                      <CouncilUnassignForm
                        reviewId={assignment.reviewId}
                        reviewer={assignment.reviewerName}
                        nominee={row.nomineeName}
                        isDisabled={!canAssign}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: "assign",
          header: t("assignHeader"),
          cell: (row) =>
            row.status === "SUBMITTED" || row.status === "IN_REVIEW" ? (
              <CouncilAssignForm
                nominationId={row.nominationId}
                nominee={row.nomineeName}
                eligible={eligible.get(row.nominationId) ?? []}
                isDisabled={!canAssign}
              />
            ) : null,
        },
      ]}
    />
  );
}
