import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedName } from "@/lib/i18n/localized-name";
import { inboxSortKeys, inboxStateFilters, type InboxParams, type LevelInbox } from "@/lib/levels/inbox";
import { levelPaths } from "@/lib/levels/paths";

const control = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";

/** A plain GET form: every filtered view of a level's inbox is a shareable URL and works without JavaScript. */
export async function InboxFilters({ inbox, params }: { inbox: LevelInbox; params: InboxParams }) {
  const [t, locale] = await Promise.all([getTranslations("levels"), getLocale()]);
  const action = levelPaths.inbox(inbox.movement.id, inbox.unit.id);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters")}
      className="mt-4 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <div>
        <label htmlFor="inbox-q" className="block font-medium">
          {t("filterQ")}
        </label>
        <input id="inbox-q" name="q" type="search" defaultValue={params.q} maxLength={200} className={control} />
      </div>
      <div>
        <label htmlFor="inbox-title" className="block font-medium">
          {t("filterTitle")}
        </label>
        <select id="inbox-title" name="title" defaultValue={params.title ?? ""} className={control}>
          <option value="">{t("anyTitle")}</option>
          {inbox.titles.map((title) => (
            <option key={title.id} value={title.id}>
              {localizedName(locale, title.name, title.nameEn)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="inbox-from" className="block font-medium">
          {t("filterFrom")}
        </label>
        <select id="inbox-from" name="from" defaultValue={params.from ?? ""} className={control}>
          <option value="">{t("anyFrom")}</option>
          {inbox.fromUnits.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="inbox-state" className="block font-medium">
          {t("filterState")}
        </label>
        <select id="inbox-state" name="state" defaultValue={params.state} className={control}>
          {inboxStateFilters.map((state) => (
            <option key={state} value={state}>
              {t(`stateFilters.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="inbox-sort" className="block font-medium">
          {t("sort")}
        </label>
        <select id="inbox-sort" name="sort" defaultValue={params.sort} className={control}>
          {inboxSortKeys.map((key) => (
            <option key={key} value={key}>
              {t(`sortKeys.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href={action} className="px-2 py-2 text-brand-700 underline">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
