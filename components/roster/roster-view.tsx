import { getTranslations } from "next-intl/server";
import type { RosterParams } from "@/lib/roster/params";
import type { RosterFilterOptions, RosterPage } from "@/lib/roster/queries";
import { ExportLinks } from "./export-links";
import { RosterFilters } from "./roster-filters";
import { RosterGrid } from "./roster-grid";
import type { RosterLocation } from "./roster-location";
import { RosterPagination } from "./roster-pagination";

/** A roster view under its page heading: the filter form, the count as a heading, the cards and the pages. */
export async function RosterView({
  location,
  params,
  result,
  options,
}: {
  location: RosterLocation;
  params: RosterParams;
  result: RosterPage;
  options: RosterFilterOptions;
}) {
  const t = await getTranslations("roster");
  // Links and the form show the page actually listed (an out-of-range ?page= is clamped).
  const shown = { ...params, page: result.page };
  return (
    <>
      <RosterFilters location={location} params={shown} options={options} />
      <section aria-labelledby="roster-results" className="mt-8">
        <h2 id="roster-results" className="text-xl font-semibold">
          {t("resultCount", { count: result.total })}
        </h2>
        {params.q ? <p className="mt-1 break-words text-stone-700">{t("searchedFor", { query: params.q })}</p> : null}
        {result.pageCount > 1 ? (
          <p className="mt-1 text-sm text-stone-600">
            {t("pageOf", { page: result.page, pageCount: result.pageCount })}
          </p>
        ) : null}
        <ExportLinks params={shown} className="mt-3" />
        <RosterGrid rows={result.rows} />
        <RosterPagination location={location} params={shown} pageCount={result.pageCount} />
      </section>
    </>
  );
}
