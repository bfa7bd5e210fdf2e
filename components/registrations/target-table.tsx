import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { PlainTarget } from "@/lib/registrations/queries";
import { dayText, isMet, quantityText } from "./target-format";

/** Pledged targets against what was achieved, one row per target. */
export function TargetTable({ caption, targets }: { caption: string; targets: PlainTarget[] }) {
  const t = useTranslations("registrations");
  const format = useFormatter();
  if (targets.length === 0) return <p className="text-sm text-stone-600">{t("noTargets")}</p>;
  return (
    <DataTable
      caption={caption}
      rows={targets}
      rowKey={(target) => target.id}
      rowClassName="align-top"
      columns={[
        { key: "target", header: t("colTarget"), isRowHeader: true, cell: (target) => target.description },
        {
          key: "pledged",
          header: t("colPledged"),
          align: "end",
          cell: (target) => quantityText(target.targetValue, target.measureUnit, format) ?? "—",
        },
        { key: "due", header: t("colDue"), cell: (target) => (target.dueOn ? dayText(target.dueOn, format) : "—") },
        { key: "achieved", header: t("colAchieved"), align: "end", cell: (target) => <Achieved target={target} /> },
        {
          key: "note",
          header: t("colNote"),
          className: "whitespace-pre-line",
          cell: (target) => target.resultNote ?? "",
        },
      ]}
    />
  );
}

function Achieved({ target }: { target: PlainTarget }) {
  const t = useTranslations("registrations");
  const format = useFormatter();
  if (target.achievedValue === null) return <span className="text-stone-500">{t("notRecorded")}</span>;
  const met = isMet(target);
  return (
    <>
      {quantityText(target.achievedValue, target.measureUnit, format)}
      {met === null ? null : (
        <span
          className={`ml-2 rounded px-1.5 py-0.5 text-xs font-semibold ${met ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}
        >
          {met ? t("met") : t("notMet")}
        </span>
      )}
    </>
  );
}
