import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { DataTable } from "@/components/ui/data-table";
import { auditFilterSchema, auditObjectTypes, listAuditEvents } from "@/lib/audit-log/queries";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireUser("/admin/audit");
  // Not allowed looks like not there: no hint that the page exists.
  if (!can(actor, "audit.view")) notFound();
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(raw);
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const [{ events, total, page, pageCount }, objectTypes] = await Promise.all([
    listAuditEvents({ actor, filter }),
    auditObjectTypes(actor),
  ]);
  const keptParams = Object.fromEntries(
    Object.entries({
      action: filter.action,
      objectType: filter.objectType,
      actor: filter.actor,
      from: filter.from,
      to: filter.to,
    }).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""),
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <AuditFilters filter={filter} objectTypes={objectTypes} />
      <p className="mt-4 text-sm text-stone-700" role="status">
        {t("count", { total })}
      </p>
      <DataTable
        className="mt-2"
        caption={t("title")}
        rows={events}
        rowKey={(e) => e.id}
        rowClassName="align-top"
        empty={t("empty")}
        columns={[
          {
            key: "at",
            header: t("at"),
            className: "whitespace-nowrap",
            cell: (e) => format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" }),
          },
          { key: "actor", header: t("actor"), cell: (e) => e.actorName ?? t("system") },
          { key: "action", header: t("action"), className: "font-mono", cell: (e) => e.action },
          {
            key: "object",
            header: t("object"),
            className: "font-mono",
            cell: (e) => (e.objectId ? `${e.objectType} ${e.objectId}` : e.objectType),
          },
          { key: "ip", header: t("ip"), cell: (e) => e.ip ?? "" },
          {
            key: "changes",
            header: t("changes"),
            cell: (e) =>
              e.before || e.after ? (
                <details>
                  <summary className="cursor-pointer underline">{t("showChanges")}</summary>
                  <dl className="mt-1 max-w-md text-xs">
                    <dt className="font-semibold">{t("before")}</dt>
                    <dd>
                      <pre className="whitespace-pre-wrap break-all">{JSON.stringify(e.before ?? null, null, 1)}</pre>
                    </dd>
                    <dt className="font-semibold">{t("after")}</dt>
                    <dd>
                      <pre className="whitespace-pre-wrap break-all">{JSON.stringify(e.after ?? null, null, 1)}</pre>
                    </dd>
                  </dl>
                </details>
              ) : null,
          },
        ]}
      />
      <AuditPagination page={page} pageCount={pageCount} params={keptParams} />
    </>
  );
}
