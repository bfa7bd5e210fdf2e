import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the title and unit in the URL. */
export async function ResultsPagination({
  page,
  pageCount,
  hrefOf,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}) {
  const t = await getTranslations("results");
  if (pageCount <= 1) return null;
  const linkClass = "rounded border border-stone-400 px-3 py-1 hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefOf(page + 1)} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
