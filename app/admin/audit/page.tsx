import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { listAuditEvents } from "@/lib/audit-log/queries";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditLogPage() {
  const actor = await requireUser("/admin/audit");
  // Not allowed looks like not there: no hint that the page exists.
  if (!can(actor, "audit.view")) notFound();
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const events = await listAuditEvents({ actor });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">{t("at")}</th>
              <th scope="col" className="p-2">{t("actor")}</th>
              <th scope="col" className="p-2">{t("action")}</th>
              <th scope="col" className="p-2">{t("object")}</th>
              <th scope="col" className="p-2">{t("ip")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-t border-stone-200">
                <td className="whitespace-nowrap p-2">{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td className="p-2">{e.actorName ?? t("system")}</td>
                <td className="p-2 font-mono">{e.action}</td>
                <td className="p-2 font-mono">{e.objectId ? `${e.objectType} ${e.objectId}` : e.objectType}</td>
                <td className="p-2">{e.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 ? <p className="p-4 text-stone-600">{t("empty")}</p> : null}
      </div>
    </>
  );
}
