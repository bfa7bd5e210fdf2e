import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPagination } from "@/components/audit/audit-pagination";
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
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const [{ events, total, page, pageCount }, objectTypes] = await Promise.all([
    listAuditEvents({ actor, filter }),
    auditObjectTypes(actor),
  ]);
  const keptParams = Object.fromEntries(
    Object.entries({ action: filter.action, objectType: filter.objectType, actor: filter.actor, from: filter.from, to: filter.to }).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <AuditFilters filter={filter} objectTypes={objectTypes} />
      <p className="mt-4 text-sm text-stone-700" role="status">{t("count", { total })}</p>
      <div className="mt-2 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">{t("at")}</th>
              <th scope="col" className="p-2">{t("actor")}</th>
              <th scope="col" className="p-2">{t("action")}</th>
              <th scope="col" className="p-2">{t("object")}</th>
              <th scope="col" className="p-2">{t("ip")}</th>
              <th scope="col" className="p-2">{t("changes")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-t border-stone-200 align-top">
                <td className="whitespace-nowrap p-2">{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className="p-2">{e.actorName ?? t("system")}</td>
                <td className="p-2 font-mono">{e.action}</td>
                <td className="p-2 font-mono">{e.objectId ? `${e.objectType} ${e.objectId}` : e.objectType}</td>
                <td className="p-2">{e.ip ?? ""}</td>
                <td className="p-2">
                  {e.before || e.after ? (
                    <details>
                      <summary className="cursor-pointer underline">{t("showChanges")}</summary>
                      <dl className="mt-1 max-w-md text-xs">
                        <dt className="font-semibold">{t("before")}</dt>
                        <dd><pre className="whitespace-pre-wrap break-all">{JSON.stringify(e.before ?? null, null, 1)}</pre></dd>
                        <dt className="font-semibold">{t("after")}</dt>
                        <dd><pre className="whitespace-pre-wrap break-all">{JSON.stringify(e.after ?? null, null, 1)}</pre></dd>
                      </dl>
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 ? <p className="p-4 text-stone-600">{t("empty")}</p> : null}
      </div>
      <AuditPagination page={page} pageCount={pageCount} params={keptParams} />
    </>
  );
}
