import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ResultsPagination } from "@/components/reviews/results-pagination";
import { HonoreeState } from "@/components/roster-admin/honoree-state";
import { DataTable } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/text-field";
import { can } from "@/lib/policy";
import { holderHistory, meritParamsSchema, searchMerit, type MeritParams } from "@/lib/roster/merit-search";
import { requireUser, type Actor } from "@/lib/session";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merit");
  return { title: t("metaTitle") };
}

const linkClass = "text-brand-700 underline hover:text-brand-800";

/** The shareable URL of a merit search (and of one holder's history within it). */
function meritHref(params: { q: string; page?: number; holder?: string }): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  if (params.holder) search.set("holder", params.holder);
  const query = search.toString();
  return query ? `/admin/merit?${query}` : "/admin/merit";
}

/** Merit history search (administrators): holders by name, then one holder's every recognition. */
export default async function MeritPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireUser("/admin/merit");
  // Not allowed looks like not there.
  if (!can(actor, "merit.search")) notFound();
  const params = meritParamsSchema.parse(await searchParams);
  const t = await getTranslations("merit");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <form method="get" action="/admin/merit" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <TextField
          name="q"
          type="search"
          label={t("searchLabel")}
          hint={t("searchHint")}
          defaultValue={params.q}
          maxLength={100}
          className="w-full max-w-md"
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("search")}
        </button>
      </form>
      {params.holder ? (
        <HolderSection actor={actor} params={params} holderKey={params.holder} />
      ) : (
        <ResultsSection actor={actor} params={params} />
      )}
    </>
  );
}

async function ResultsSection({ actor, params }: { actor: Actor; params: MeritParams }) {
  const [t, tKind] = await Promise.all([getTranslations("merit"), getTranslations("nominations")]);
  if (!params.q) return <p className="mt-6 text-stone-700">{t("prompt")}</p>;
  const result = await searchMerit(actor, { q: params.q, page: params.page });
  return (
    <section aria-label={t("resultsCaption")} className="mt-6">
      <p className="text-lg font-semibold" role="status">
        {t("found", { total: result.total })}
      </p>
      {result.total > 0 ? (
        <DataTable
          className="mt-2"
          caption={t("resultsCaption")}
          rows={result.holders}
          rowKey={(h) => h.holderKey}
          columns={[
            {
              key: "name",
              header: t("name"),
              isRowHeader: true,
              // Wide enough to read on a phone: the table scrolls sideways instead.
              className: "min-w-48",
              cell: (h) => (
                <Link
                  href={meritHref({ q: params.q, page: result.page, holder: h.holderKey })}
                  aria-label={t("viewHistory", { name: h.name })}
                  className={linkClass}
                >
                  {h.name}
                </Link>
              ),
            },
            { key: "kind", header: t("kind"), cell: (h) => tKind(`kind.${h.kind}`) },
            { key: "unit", header: t("unit"), className: "min-w-48", cell: (h) => h.unitName },
            { key: "birthYear", header: t("birthYear"), cell: (h) => h.birthYear ?? "" },
            { key: "recognitions", header: t("recognitions"), align: "end", cell: (h) => h.recognitions },
            { key: "revoked", header: t("revokedCount"), align: "end", cell: (h) => h.revoked },
            { key: "latestYear", header: t("latestYear"), align: "end", cell: (h) => h.latestYear },
          ]}
        />
      ) : null}
      <ResultsPagination
        page={result.page}
        pageCount={result.pageCount}
        hrefOf={(page) => meritHref({ q: params.q, page })}
      />
    </section>
  );
}

async function HolderSection({ actor, params, holderKey }: { actor: Actor; params: MeritParams; holderKey: string }) {
  const [t, tKind, format, locale] = await Promise.all([
    getTranslations("merit"),
    getTranslations("nominations"),
    getFormatter(),
    getLocale(),
  ]);
  const history = await holderHistory(actor, holderKey);
  const isEnglish = locale === "en";
  const back = params.q ? (
    <p className="mt-6">
      <Link href={meritHref({ q: params.q, page: params.page })} className={linkClass}>
        {t("backToResults")}
      </Link>
    </p>
  ) : null;
  if (!history) {
    return (
      <>
        {back}
        <p className="mt-4 text-stone-700">{t("holderNotFound")}</p>
      </>
    );
  }
  const { holder, entries } = history;
  return (
    <>
      {back}
      <section aria-labelledby="merit-holder-title" className="mt-4">
        <h2 id="merit-holder-title" className="text-xl font-semibold">
          {t("holderTitle", { name: holder.name })}
        </h2>
        <p className="text-stone-700">
          {t("holderLine", { kind: tKind(`kind.${holder.kind}`), unit: holder.unitName })}
          {holder.birthYear ? ` · ${t("holderBorn", { year: String(holder.birthYear) })}` : null}
        </p>
        <DataTable
          className="mt-3"
          caption={t("historyCaption")}
          isCaptionVisible
          rows={entries}
          rowKey={(e) => e.id}
          rowClassName="align-top"
          columns={[
            {
              key: "title",
              header: t("awardTitle"),
              isRowHeader: true,
              className: "min-w-48",
              cell: (e) => (isEnglish && e.titleNameEn ? e.titleNameEn : e.titleName),
            },
            {
              key: "movement",
              header: t("movement"),
              className: "min-w-48",
              cell: (e) => (isEnglish && e.movementNameEn ? e.movementNameEn : e.movementName),
            },
            {
              key: "awardedOn",
              header: t("awardedOn"),
              className: "whitespace-nowrap",
              cell: (e) => format.dateTime(e.awardedOn, { dateStyle: "medium", timeZone: "UTC" }),
            },
            { key: "decision", header: t("decision"), cell: (e) => e.decisionNumber },
            { key: "unit", header: t("unit"), className: "min-w-48", cell: (e) => e.unitName },
            {
              key: "state",
              header: t("state"),
              className: "min-w-40",
              cell: (e) => <HonoreeState honoree={e} namespace="merit" />,
            },
            {
              key: "profile",
              header: t("profile"),
              cell: (e) => (
                <Link href={`/honorees/${e.id}`} className={linkClass}>
                  {t("viewProfile")}
                  {/* Every row has this link: screen readers hear which recognition it opens. */}
                  <span className="sr-only">
                    {" "}
                    ({isEnglish && e.titleNameEn ? e.titleNameEn : e.titleName}, {e.decisionNumber})
                  </span>
                </Link>
              ),
            },
          ]}
        />
      </section>
    </>
  );
}
