import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ListFilters } from "@/components/nominations/list-filters";
import type { ListLocation } from "@/components/nominations/list-location";
import { ListPagination } from "@/components/nominations/list-pagination";
import { ListQuotaPanel } from "@/components/nominations/list-quota-panel";
import { ListTable } from "@/components/nominations/list-table";
import { isUuid } from "@/lib/ids";
import { listNominations } from "@/lib/nominations/list";
import { listFilterOptions, movementForNominationList } from "@/lib/nominations/list-options";
import { listNominationsParamsSchema, listQueryString } from "@/lib/nominations/list-params";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nominationList");
  return { title: t("adminTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MovementNominationsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/admin/movements/${id}/nominations`);
  // Not allowed looks like not there: no hint that the page exists.
  if (!can(actor, "movement.manage") || !isUuid(id)) notFound();
  const movement = await movementForNominationList(id);
  if (!movement) notFound();
  const t = await getTranslations("nominationList");
  const isEnglish = (await getLocale()) === "en";
  const listParams = { ...listNominationsParamsSchema.parse(await searchParams), movement: movement.id };
  const [result, options] = await Promise.all([
    listNominations({ actor, view: "admin", params: listParams }),
    listFilterOptions({ actor, view: "admin", movementId: movement.id, coveragePath: movement.coverageUnit.path }),
  ]);
  const shown = { ...listParams, page: result.page };
  const location: ListLocation = { path: `/admin/movements/${movement.id}/nominations`, fixed: ["movement"] };
  const exportQuery = listQueryString(shown, { omit: ["movement", "page"] });
  const exportHref = `/api/movements/${movement.id}/nominations/export${exportQuery ? `?${exportQuery}` : ""}`;
  return (
    <>
      <p>
        <Link href={`/admin/movements/${movement.id}`} className="text-brand-700 underline">
          {t("backToMovement")}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
          <p className="mt-1 text-stone-700">
            {t("adminIntro", { movement: isEnglish && movement.nameEn ? movement.nameEn : movement.name })}
          </p>
        </div>
        <div>
          {/* A download, not a page: a plain link so the browser saves the file. */}
          <a
            href={exportHref}
            download
            aria-describedby="export-hint"
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("export")}
          </a>
          <p id="export-hint" className="mt-1 max-w-xs text-sm text-stone-600">
            {t("exportHint")}
          </p>
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
