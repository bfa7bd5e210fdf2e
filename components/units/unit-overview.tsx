import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { UnitDetail } from "@/lib/units/queries";

interface Props {
  unit: UnitDetail;
  /** Where a unit's link leads, or null when this viewer may not open it (shown as text). */
  hrefOf: (target: { id: string; path?: string }) => string | null;
}

/** What both unit pages show: position in the tree, figures, child units. */
export async function UnitOverview({ unit, hrefOf }: Props) {
  const t = await getTranslations("units");
  const format = await getFormatter();
  const figures = [
    [t("countChildren"), unit.counts.children],
    [t("countMembers"), unit.counts.members],
    [t("countMovements"), unit.counts.movements],
    [t("countRegistrations"), unit.counts.registrations],
    [t("countNominations"), unit.counts.nominations],
    [t("countHonorees"), unit.counts.honorees],
  ] as const;
  return (
    <>
      {unit.ancestors.length > 0 ? (
        <nav aria-label={t("breadcrumb")} className="text-sm">
          <ol className="flex flex-wrap gap-1 text-stone-700">
            {unit.ancestors.map((ancestor) => {
              const href = hrefOf(ancestor);
              return (
                <li key={ancestor.id} className="after:ml-1 after:content-['›']">
                  {href ? (
                    <Link href={href} className="text-brand-700 underline">
                      {ancestor.name}
                    </Link>
                  ) : (
                    ancestor.name
                  )}
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      <section aria-labelledby="unit-figures" className="mt-6">
        <h2 id="unit-figures" className="text-lg font-semibold">
          {t("figures")}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-600">{label}</dt>
              <dd className="text-xl font-semibold">{format.number(value)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-stone-600">
          {t("lastUpdated", { date: format.dateTime(unit.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      </section>
      <section aria-labelledby="unit-children" className="mt-6">
        <h2 id="unit-children" className="text-lg font-semibold">
          {t("children")}
        </h2>
        {unit.children.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("noChildren")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {unit.children.map((child) => {
              const href = hrefOf(child);
              return (
                <li key={child.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
                  {href ? (
                    <Link href={href} className="text-brand-700 underline hover:text-brand-800">
                      {child.name}
                    </Link>
                  ) : (
                    <span>{child.name}</span>
                  )}
                  <span className="text-sm text-stone-600">
                    <span className="font-mono">{child.code}</span> ·{" "}
                    {child.isActive ? t("statusActive") : t("statusInactive")}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
