import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitListItem } from "@/lib/units/queries";

/** Units in tree order; indentation by depth shows the hierarchy. */
export async function UnitTable({ items }: { items: UnitListItem[] }) {
  const t = await getTranslations("units");
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("code")}</th>
            <th scope="col" className="p-2">{t("parent")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((unit) => (
            <tr key={unit.id} className="border-t border-stone-200">
              <th scope="row" className="p-2 font-normal">
                {/* Indentation is capped so deep trees stay readable on a phone. */}
                <span style={{ paddingInlineStart: `${Math.min(unit.depth, 6) * 1.25}rem` }} className="inline-block">
                  <Link href={`/admin/units/${unit.id}`} className="text-brand-700 underline hover:text-brand-800">
                    {unit.name}
                  </Link>
                </span>
              </th>
              <td className="whitespace-nowrap p-2 font-mono">{unit.code}</td>
              <td className="p-2">{unit.parentName ?? "—"}</td>
              <td className="whitespace-nowrap p-2">{unit.isActive ? t("statusActive") : t("statusInactive")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p className="p-4 text-stone-600">{t("empty")}</p> : null}
    </div>
  );
}
