import { getTranslations } from "next-intl/server";
import type { Messages } from "@/lib/i18n/messages";
import { richTextToPlain } from "@/lib/nominations/rich-text";
import type { SnapshotChange } from "@/lib/nominations/snapshot";

type FieldKey = keyof Messages["nominationFields"];

/** What changed between two submitted versions: one row per field, before and after, all as text. */
export async function VersionChanges({ changes }: { changes: SnapshotChange[] }) {
  const [t, tField, tKind, tGender] = await Promise.all([
    getTranslations("nominations.versions"),
    getTranslations("nominationFields"),
    getTranslations("nominations.kind"),
    getTranslations("nominations.gender"),
  ]);
  if (changes.length === 0) return <p className="mt-2 text-stone-600">{t("noChanges")}</p>;
  const label = (change: SnapshotChange) => {
    if (change.field.startsWith("selfAssessments.")) return t("selfAssessmentField", { criterion: change.label ?? "" });
    return tField.has(change.field as FieldKey) ? tField(change.field as FieldKey) : change.field;
  };
  const value = (field: string, raw: string | null): string => {
    if (raw === null) return t("empty");
    if (field === "nomineeKind" && (raw === "INDIVIDUAL" || raw === "COLLECTIVE")) return tKind(raw);
    if (field === "gender" && (raw === "FEMALE" || raw === "MALE" || raw === "OTHER")) return tGender(raw);
    if (field === "disciplined") return raw === "true" ? t("yes") : t("no");
    // The summary is compared as its text: markup would only get in the way of reading the change.
    if (field === "achievementSummary") return richTextToPlain(raw) || t("empty");
    return raw;
  };
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("changesCaption")}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="p-2">
              {t("field")}
            </th>
            <th scope="col" className="p-2">
              {t("before")}
            </th>
            <th scope="col" className="p-2">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className="border-t border-stone-200 align-top">
              <th scope="row" className="p-2 font-medium">
                {label(change)}
              </th>
              <td className="whitespace-pre-line p-2 text-stone-700">
                <del className="no-underline">{value(change.field, change.before)}</del>
              </td>
              <td className="whitespace-pre-line p-2">
                <ins className="no-underline">{value(change.field, change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
