import { useFormatter, useTranslations } from "next-intl";
import type { PlainTarget } from "@/lib/registrations/queries";
import { dayText, isMet, quantityText } from "./target-format";

/** Pledged targets against what was achieved, one row per target. */
export function TargetTable({ caption, targets }: { caption: string; targets: PlainTarget[] }) {
  const t = useTranslations("registrations");
  const format = useFormatter();
  if (targets.length === 0) return <p className="text-sm text-stone-600">{t("noTargets")}</p>;
  return (
    <div className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="p-2">{t("colTarget")}</th>
            <th scope="col" className="p-2 text-right">{t("colPledged")}</th>
            <th scope="col" className="p-2">{t("colDue")}</th>
            <th scope="col" className="p-2 text-right">{t("colAchieved")}</th>
            <th scope="col" className="p-2">{t("colNote")}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const met = isMet(target);
            return (
              <tr key={target.id} className="border-t border-stone-200 align-top">
                <th scope="row" className="p-2 font-normal">{target.description}</th>
                <td className="p-2 text-right">{quantityText(target.targetValue, target.measureUnit, format) ?? "—"}</td>
                <td className="p-2">{target.dueOn ? dayText(target.dueOn, format) : "—"}</td>
                <td className="p-2 text-right">
                  {target.achievedValue === null ? (
                    <span className="text-stone-500">{t("notRecorded")}</span>
                  ) : (
                    <>
                      {quantityText(target.achievedValue, target.measureUnit, format)}
                      {met === null ? null : (
                        <span className={`ml-2 rounded px-1.5 py-0.5 text-xs font-semibold ${met ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}>
                          {met ? t("met") : t("notMet")}
                        </span>
                      )}
                    </>
                  )}
                </td>
                <td className="p-2 whitespace-pre-line">{target.resultNote ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
