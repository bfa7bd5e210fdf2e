import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { FeedbackRow } from "@/lib/reviews/posting/queries";
import type { FeedbackFilter } from "@/lib/reviews/posting/schemas";
import { PostingResolveForm } from "./posting-resolve-form";

interface Props {
  movementId: string;
  rows: FeedbackRow[];
  filter: FeedbackFilter;
  page: number;
  pageCount: number;
}

/** The feedback list of the administrators' posting page: a filter, the rows with a resolve form per open objection, and pages. */
export async function PostingFeedbackTable({ movementId, rows, filter, page, pageCount }: Props) {
  const [t, format] = await Promise.all([getTranslations("posting"), getFormatter()]);
  const base = `/admin/movements/${movementId}/posting`;
  const pageHref = (to: number) => `${base}?filter=${filter}&page=${to}`;
  return (
    <section aria-labelledby="feedback-title" className="mt-8">
      <h2 id="feedback-title" className="text-xl font-semibold">
        {t("feedbackTitle")}
      </h2>
      <form method="get" action={base} className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="feedback-filter" className="block font-medium">
            {t("filter")}
          </label>
          <select
            id="feedback-filter"
            name="filter"
            defaultValue={filter}
            className="mt-1 rounded border border-stone-400 bg-white px-3 py-2"
          >
            <option value="all">{t("filterAll")}</option>
            <option value="unresolved">{t("filterUnresolved")}</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100">
          {t("apply")}
        </button>
      </form>
      <DataTable
        className="mt-3"
        rowClassName="align-top"
        caption={t("feedbackCaption")}
        rows={rows}
        rowKey={(row) => row.id}
        empty={t("feedbackEmpty")}
        columns={[
          {
            key: "sentAt",
            header: t("sentAt"),
            cell: (r) => format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short" }),
            className: "whitespace-nowrap",
          },
          { key: "candidate", header: t("candidate"), isRowHeader: true, cell: (r) => r.nomineeName },
          {
            key: "kind",
            header: t("kind"),
            cell: (r) => (r.kind === "OBJECTION" ? <strong>{t("kindOBJECTION")}</strong> : t("kindFEEDBACK")),
          },
          {
            key: "author",
            header: t("author"),
            cell: (r) => (
              <>
                {r.authorName}
                {r.authorUnits ? <span className="block text-stone-600">{r.authorUnits}</span> : null}
              </>
            ),
          },
          { key: "body", header: t("body"), cell: (r) => <p className="max-w-md whitespace-pre-line">{r.body}</p> },
          {
            key: "resolution",
            header: t("resolutionColumn"),
            cell: (r) => {
              if (r.kind !== "OBJECTION") return <span className="text-stone-600">{t("noResolutionNeeded")}</span>;
              if (!r.resolvedAt) return <PostingResolveForm feedbackId={r.id} />;
              return (
                <>
                  <p className="max-w-md whitespace-pre-line">{r.resolution}</p>
                  <p className="text-stone-600">
                    {t("resolvedBy", {
                      name: r.resolverName ?? "—",
                      date: format.dateTime(r.resolvedAt, { dateStyle: "short", timeStyle: "short" }),
                    })}
                  </p>
                </>
              );
            },
          },
        ]}
      />
      {pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-3 flex items-center gap-4">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-brand-700 underline">
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("page", { page, pageCount })}</span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1)} className="text-brand-700 underline">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
