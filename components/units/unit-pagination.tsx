import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ListUnitsParams } from "@/lib/units/schemas";
import { unitListHref } from "./unit-list-params";

/** Previous / next links that keep the search and status in the URL. */
export async function UnitPagination({ params, pageCount }: { params: ListUnitsParams; pageCount: number }) {
  const t = await getTranslations("units");
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-stone-400 px-3 py-1 hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4">
      {params.page > 1 ? (
        <Link href={unitListHref({ ...params, page: params.page - 1 })} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page: params.page, pageCount })}</span>
      {params.page < pageCount ? (
        <Link href={unitListHref({ ...params, page: params.page + 1 })} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
