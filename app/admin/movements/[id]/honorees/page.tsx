import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ResultsPagination } from "@/components/reviews/results-pagination";
import { PublicationPanel } from "@/components/roster-admin/publication-panel";
import { HonoreeState } from "@/components/roster-admin/honoree-state";
import { DataTable } from "@/components/ui/data-table";
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/policy";
import { revocationTarget, rosterAdminParamsSchema, rosterAdminView } from "@/lib/roster/roster-admin";
import { requireUser } from "@/lib/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rosterAdmin");
  return { title: t("metaTitle") };
}

const linkClass = "text-brand-700 underline hover:text-brand-800";

/** A movement's decision on the roster (administrators): publish or unpublish it, and revoke one recognition. */
export default async function RosterAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/admin/movements/${encodeURIComponent(id)}/honorees`;
  const actor = await requireUser(path);
  // Not allowed looks like not there; a malformed id would make the uuid cast fail (500).
  if (!can(actor, "roster.manage") || !isUuid(id)) notFound();
  const query = rosterAdminParamsSchema.parse(await searchParams);
  const view = await rosterAdminView({ actor, movementId: id, page: query.page });
  if (!view) notFound();
  const justRevoked = query.revoked
    ? await revocationTarget({ actor, movementId: id, honoreeId: query.revoked })
    : null;
  const [t, tKind, format, locale] = await Promise.all([
    getTranslations("rosterAdmin"),
    getTranslations("nominations"),
    getFormatter(),
    getLocale(),
  ]);
  const isEnglish = locale === "en";
  const { movement, decision, counts } = view;
  const at = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <p className="flex flex-wrap gap-x-4">
        <Link href={`/admin/movements/${movement.id}`} className={linkClass}>
          {t("backToMovement")}
        </Link>
        <Link href={`/admin/movements/${movement.id}/vote`} className={linkClass}>
          {t("voteLink")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">
        {t("intro", { movement: isEnglish && movement.nameEn ? movement.nameEn : movement.name })}
      </p>
      {justRevoked?.revokedAt ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("revokedNotice", { name: justRevoked.name })}
        </p>
      ) : null}
      {!decision ? (
        <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4">{t("noDecision")}</p>
      ) : (
        <>
          <section
            aria-labelledby="roster-decision-title"
            className="mt-6 rounded-lg border border-stone-200 bg-white p-4"
          >
            <h2 id="roster-decision-title" className="text-xl font-semibold">
              {t("decisionTitle", { number: decision.number })}
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("issuedOn")}</dt>
              <dd>{format.dateTime(decision.issuedOn, { dateStyle: "long", timeZone: "UTC" })}</dd>
              <dt className="font-medium">{t("signerName")}</dt>
              <dd>{decision.signerName}</dd>
              <dt className="font-medium">{t("issuingAuthority")}</dt>
              <dd>{decision.issuingAuthority}</dd>
            </dl>
          </section>
          <section aria-labelledby="roster-publication-title" className="mt-6 space-y-3">
            <h2 id="roster-publication-title" className="text-xl font-semibold">
              {t("publicationTitle")}
            </h2>
            <p className="font-medium">
              {decision.publishedAt
                ? t(decision.rosterAudience === "PUBLIC" ? "publishedPublic" : "publishedStaff", {
                    at: at(decision.publishedAt),
                  })
                : t("notPublished")}
            </p>
            {!decision.publishedAt && view.lastUnpublished ? (
              <p className="text-stone-700">
                {t("lastUnpublished", {
                  at: at(view.lastUnpublished.at),
                  by: view.lastUnpublished.by ?? t("unknownPerson"),
                  reason: view.lastUnpublished.reason,
                })}
              </p>
            ) : null}
            <p className="text-stone-700">{t("counts", counts)}</p>
            <PublicationPanel
              movementId={movement.id}
              version={decision.version}
              isPublished={decision.publishedAt !== null}
              isStaffOnly={movement.visibility === "STAFF"}
            />
          </section>
          <section aria-labelledby="roster-honorees-title" className="mt-8">
            <h2 id="roster-honorees-title" className="text-xl font-semibold">
              {t("honoreesTitle")}
            </h2>
            <DataTable
              className="mt-2"
              caption={t("honoreesCaption", { number: decision.number })}
              rows={view.honorees}
              rowKey={(h) => h.id}
              rowClassName="align-top"
              empty={t("noHonorees")}
              columns={[
                {
                  key: "name",
                  header: t("name"),
                  isRowHeader: true,
                  // Wide enough to read on a phone: the table scrolls sideways instead.
                  className: "min-w-48",
                  cell: (h) => (
                    <>
                      <Link href={`/honorees/${h.id}`} className={linkClass}>
                        {h.name}
                      </Link>
                      <span className="block text-xs text-stone-600">{tKind(`kind.${h.kind}`)}</span>
                    </>
                  ),
                },
                { key: "unit", header: t("unit"), className: "min-w-48", cell: (h) => h.unitName },
                {
                  key: "title",
                  header: t("awardTitle"),
                  className: "min-w-48",
                  cell: (h) => (isEnglish && h.titleNameEn ? h.titleNameEn : h.titleName),
                },
                {
                  key: "state",
                  header: t("state"),
                  className: "min-w-40",
                  cell: (h) => <HonoreeState honoree={h} namespace="rosterAdmin" />,
                },
                {
                  key: "actions",
                  header: t("actions"),
                  className: "whitespace-nowrap",
                  cell: (h) =>
                    h.revokedAt ? null : (
                      <Link
                        href={`/admin/movements/${movement.id}/honorees/${h.id}/revoke`}
                        aria-label={t("revokeLabel", { name: h.name })}
                        className={linkClass}
                      >
                        {t("revoke")}
                      </Link>
                    ),
                },
              ]}
            />
            <ResultsPagination
              page={view.page}
              pageCount={view.pageCount}
              hrefOf={(page) => `/admin/movements/${movement.id}/honorees?page=${page}`}
            />
          </section>
        </>
      )}
    </>
  );
}
