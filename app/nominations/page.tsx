import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ListFilters } from "@/components/nominations/list-filters";
import type { ListLocation } from "@/components/nominations/list-location";
import { ListPagination } from "@/components/nominations/list-pagination";
import { ListQuotaPanel } from "@/components/nominations/list-quota-panel";
import { ListTable } from "@/components/nominations/list-table";
import { listNominations } from "@/lib/nominations/list";
import { listFilterOptions } from "@/lib/nominations/list-options";
import { listNominationsParamsSchema } from "@/lib/nominations/list-params";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nominationList");
  return { title: t("title") };
}

const location: ListLocation = { path: "/nominations", fixed: [] };

export default async function NominationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser("/nominations");
  // Officers' list: anyone else is told it does not exist.
  if (!can(actor, "nomination.create")) notFound();
  const t = await getTranslations("nominationList");
  const params = listNominationsParamsSchema.parse(await searchParams);
  const [result, options] = await Promise.all([
    listNominations({ actor, view: "officer", params }),
    listFilterOptions({ actor, view: "officer", movementId: params.movement }),
  ]);
  // Show the page actually listed (an out-of-range ?page= is clamped).
  const shown = { ...params, page: result.page };
  const importHref = params.movement ? `/nominations/import?movement=${params.movement}` : "/nominations/import";
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-stone-700">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/nominations/new"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("create")}
          </Link>
          <Link
            href={importHref}
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("import")}
          </Link>
        </div>
      </div>
      <ListFilters location={location} params={shown} options={options} />
      {result.quota ? <ListQuotaPanel quota={result.quota} /> : null}
      <p className="mt-6 text-stone-700" role="status">
        {t("resultCount", { count: result.total })}
      </p>
      <ListTable rows={result.rows} location={location} params={shown} />
      <ListPagination location={location} params={shown} pageCount={result.pageCount} />
    </>
  );
}
