import { getTranslations } from "next-intl/server";
import type { RosterParams } from "@/lib/roster/params";
import { rosterHrefAt, type RosterLocation } from "./roster-location";

// Plain <a>, not next/link, so the page cache answers (docs/decisions/0009-public-page-cache.md).

/** The page numbers around `page`, with the first and last, and null where numbers are left out. */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let n = page - radius; n <= page + radius; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}

const linkClass =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded border border-stone-400 px-3 hover:bg-stone-100";

/** Links to the other pages of a roster view, keeping its filters, search and sort in the URL. */
export async function RosterPagination({
  location,
  params,
  pageCount,
}: {
  location: RosterLocation;
  params: RosterParams;
  pageCount: number;
}) {
  const t = await getTranslations("roster");
  if (pageCount <= 1) return null;
  const href = (page: number) => rosterHrefAt(location, { ...params, page });
  return (
    <nav aria-label={t("pagination")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {params.page > 1 ? (
          <li>
            <a href={href(params.page - 1)} rel="prev" className={linkClass}>
              {t("previous")}
            </a>
          </li>
        ) : null}
        {pageWindow(params.page, pageCount).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-600">
              …
            </li>
          ) : (
            <li key={page}>
              <a
                href={href(page)}
                aria-label={t("pageLink", { page })}
                aria-current={page === params.page ? "page" : undefined}
                className={`${linkClass} ${page === params.page ? "border-brand-700 bg-brand-700 font-semibold text-white hover:bg-brand-800" : ""}`}
              >
                {page}
              </a>
            </li>
          ),
        )}
        {params.page < pageCount ? (
          <li>
            <a href={href(params.page + 1)} rel="next" className={linkClass}>
              {t("next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
