import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedName } from "@/lib/i18n/localized-name";
import { queueStatusFilters, type ReviewerQueueParams } from "@/lib/reviews/reviewing/queue-params";
import type { QueueMovement } from "@/lib/reviews/reviewing/queue";

const control = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";

/** A plain GET form: every filtered view of the queue is a shareable URL and works without JavaScript. */
export async function QueueFilters({
  movements,
  params,
}: {
  movements: readonly QueueMovement[];
  params: ReviewerQueueParams;
}) {
  const [t, locale] = await Promise.all([getTranslations("reviewing"), getLocale()]);
  return (
    <form
      method="get"
      action="/reviews"
      role="search"
      aria-label={t("filters")}
      className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <div>
        <label htmlFor="queue-q" className="block font-medium">
          {t("searchLabel")}
        </label>
        <input
          id="queue-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={200}
          aria-describedby="queue-q-hint"
          className={control}
        />
        <p id="queue-q-hint" className="mt-1 text-sm text-stone-600">
          {t("searchHint")}
        </p>
      </div>
      <div>
        <label htmlFor="queue-movement" className="block font-medium">
          {t("filterMovement")}
        </label>
        <select id="queue-movement" name="movement" defaultValue={params.movement ?? ""} className={control}>
          <option value="">{t("anyMovement")}</option>
          {movements.map((movement) => (
            <option key={movement.movementId} value={movement.movementId}>
              {localizedName(locale, movement.name, movement.nameEn)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-status" className="block font-medium">
          {t("filterStatus")}
        </label>
        <select id="queue-status" name="status" defaultValue={params.status ?? ""} className={control}>
          <option value="">{t("anyStatus")}</option>
          {queueStatusFilters.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("applyFilters")}
        </button>
        <Link href="/reviews" className="px-2 py-2 text-brand-700 underline">
          {t("resetFilters")}
        </Link>
      </div>
    </form>
  );
}
