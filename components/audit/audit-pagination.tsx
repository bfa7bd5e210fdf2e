import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the current filters. */
export async function AuditPagination({
  page,
  pageCount,
  params,
}: {
  page: number;
  pageCount: number;
  params: Record<string, string>;
}) {
  const t = await getTranslations("audit");
  const href = (target: number) => `?${new URLSearchParams({ ...params, page: String(target) }).toString()}`;
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
