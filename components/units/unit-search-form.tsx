import { getTranslations } from "next-intl/server";
import { unitStatusFilters, type ListUnitsParams } from "@/lib/units/schemas";

/** A plain GET form, so every search is a shareable URL and works without JavaScript. */
export async function UnitSearchForm({ params }: { params: ListUnitsParams }) {
  const t = await getTranslations("units");
  return (
    <form method="get" action="/admin/units" role="search" className="mt-6 flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <label htmlFor="unit-q" className="block font-medium">
          {t("searchLabel")}
        </label>
        <p id="unit-q-hint" className="text-sm text-stone-600">
          {t("searchHint")}
        </p>
        <input
          id="unit-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={200}
          aria-describedby="unit-q-hint"
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="unit-status" className="block font-medium">
          {t("statusLabel")}
        </label>
        <select
          id="unit-status"
          name="status"
          defaultValue={params.status}
          className="mt-1 rounded border border-stone-400 bg-white px-3 py-2"
        >
          {unitStatusFilters.map((status) => (
            <option key={status} value={status}>
              {t(`filterStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("search")}
      </button>
    </form>
  );
}
