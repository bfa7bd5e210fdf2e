import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UnitPagination } from "@/components/units/unit-pagination";
import { UnitSearchForm } from "@/components/units/unit-search-form";
import { UnitTable } from "@/components/units/unit-table";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";
import { listUnits } from "@/lib/units/queries";
import { listUnitsParamsSchema } from "@/lib/units/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("title") };
}

export default async function UnitsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser("/admin/units");
  // Not allowed looks like not there: no hint that the page exists.
  if (!can(actor, "unit.manage")) notFound();
  const t = await getTranslations("units");
  const params = listUnitsParamsSchema.parse(await searchParams);
  const result = await listUnits({ actor, ...params });
  // Show the page actually listed (an out-of-range ?page= is clamped).
  const shown = { ...params, page: result.page };
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("intro")}</p>
        </div>
        <Link
          href="/admin/units/new"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("create")}
        </Link>
      </div>
      <UnitSearchForm params={shown} />
      <p className="mt-4 text-stone-700" role="status">
        {t("resultCount", { count: result.total })}
      </p>
      <UnitTable items={result.items} />
      <UnitPagination params={shown} pageCount={result.pageCount} />
    </>
  );
}
