import { getTranslations } from "next-intl/server";
import type { AuditFilter } from "@/lib/audit-log/queries";

/** A plain GET form: filters live in the URL, so a filtered view can be shared. */
export async function AuditFilters({ filter, objectTypes }: { filter: AuditFilter; objectTypes: string[] }) {
  const t = await getTranslations("audit");
  const input = "mt-1 w-full rounded border border-stone-400 px-2 py-1";
  return (
    <form
      method="get"
      className="mt-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      aria-label={t("filters")}
    >
      <div>
        <label htmlFor="audit-actor" className="text-sm font-medium">
          {t("actor")}
        </label>
        <input id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} className={input} />
      </div>
      <div>
        <label htmlFor="audit-action" className="text-sm font-medium">
          {t("action")}
        </label>
        <input
          id="audit-action"
          name="action"
          defaultValue={filter.action ?? ""}
          placeholder="auth."
          className={input}
        />
      </div>
      <div>
        <label htmlFor="audit-object" className="text-sm font-medium">
          {t("objectType")}
        </label>
        <select id="audit-object" name="objectType" defaultValue={filter.objectType ?? ""} className={input}>
          <option value="">{t("any")}</option>
          {objectTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="text-sm font-medium">
          {t("from")}
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} className={input} />
      </div>
      <div>
        <label htmlFor="audit-to" className="text-sm font-medium">
          {t("to")}
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className={input} />
      </div>
      <div className="flex items-end">
        <button
          type="submit"
          className="w-full rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
      </div>
    </form>
  );
}
