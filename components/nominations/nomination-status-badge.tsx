import { useTranslations } from "next-intl";
import type { NominationStatus } from "@/lib/generated/prisma/enums";

const tone: Record<NominationStatus, string> = {
  DRAFT: "bg-stone-200 text-stone-800",
  SUBMITTED: "bg-blue-100 text-blue-900",
  RETURNED: "bg-amber-100 text-amber-900",
  IN_REVIEW: "bg-blue-100 text-blue-900",
  SHORTLISTED: "bg-green-100 text-green-900",
  NOT_SELECTED: "bg-stone-200 text-stone-800",
  APPROVED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  HONOURED: "bg-green-100 text-green-900",
  WITHDRAWN: "bg-stone-200 text-stone-700",
};

/** A nomination's status as a labelled badge (the label is text, the colour only repeats it). */
export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  const t = useTranslations("nominations.dossier");
  const tStatus = useTranslations("nominationStatus");
  return (
    <p className="text-sm">
      <span className="sr-only">{t("statusLabel")} </span>
      <span className={`inline-block rounded px-2 py-0.5 font-semibold ${tone[status]}`}>{tStatus(status)}</span>
    </p>
  );
}
