import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ListUsersParams } from "@/lib/users/schemas";
import { userListHref } from "./user-list-href";

/** Result count and previous / next links that keep the filters in the URL. */
export async function UserPagination({
  params,
  page,
  pageCount,
  total,
}: {
  params: ListUsersParams;
  page: number;
  pageCount: number;
  total: number;
}) {
  const t = await getTranslations("users");
  const linkClass = "rounded border border-stone-400 px-3 py-1 hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
      <span>{t("resultCount", { count: total })}</span>
      {page > 1 ? (
        <Link href={userListHref({ ...params, page: page - 1 })} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      {pageCount > 1 ? <span aria-current="page">{t("pageOf", { page, pageCount })}</span> : null}
      {page < pageCount ? (
        <Link href={userListHref({ ...params, page: page + 1 })} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
