import { getTranslations } from "next-intl/server";

/** A GET form choosing the unit whose subtree is shown (the URL stays shareable); works without JavaScript. */
export async function ResultsUnitFilter({
  action,
  titleId,
  units,
  unitId,
}: {
  action: string;
  titleId: string;
  units: { id: string; name: string; depth: number }[];
  unitId?: string;
}) {
  const t = await getTranslations("results");
  const minDepth = Math.min(...units.map((unit) => unit.depth));
  return (
    <form action={action} method="get" className="mt-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="title" value={titleId} />
      <div>
        <label htmlFor="results-unit" className="block font-medium">
          {t("unitLabel")}
        </label>
        <select
          id="results-unit"
          name="unit"
          defaultValue={unitId ?? ""}
          aria-describedby="results-unit-hint"
          className="mt-1 max-w-md rounded border border-stone-400 bg-white px-3 py-2"
        >
          <option value="">{t("unitAll")}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {`${"\u00a0\u00a0".repeat(Math.max(0, unit.depth - minDepth))}${unit.name}`}
            </option>
          ))}
        </select>
        <p id="results-unit-hint" className="mt-1 text-sm text-stone-600">
          {t("unitHint")}
        </p>
      </div>
      <button
        type="submit"
        className="mb-7 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-stone-100"
      >
        {t("filter")}
      </button>
    </form>
  );
}
