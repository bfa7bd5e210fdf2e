import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ListNominationsParams } from "@/lib/nominations/list-params";
import { hrefAt, type ListLocation } from "./list-location";

/** Previous / next links that keep the filters, search and sort in the URL. */
export async function ListPagination({
  location,
  params,
  pageCount,
}: {
  location: ListLocation;
  params: ListNominationsParams;
  pageCount: number;
}) {
  const t = await getTranslations("nominationList");
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-stone-400 px-3 py-1 hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4">
      {params.page > 1 ? (
        <Link href={hrefAt(location, { ...params, page: params.page - 1 })} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page: params.page, pageCount })}</span>
      {params.page < pageCount ? (
        <Link href={hrefAt(location, { ...params, page: params.page + 1 })} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
