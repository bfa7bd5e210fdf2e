import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NominationStatus } from "@/lib/generated/prisma/enums";
import type { NominationFilterOptions } from "@/lib/nominations/list-options";
import { defaultListParams, type ListNominationsParams } from "@/lib/nominations/list-params";
import { hrefAt, type ListLocation } from "./list-location";

const control = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";

/** A plain GET form: every filtered view is a shareable URL and works without JavaScript. */
export async function ListFilters({
  location,
  params,
  options,
}: {
  location: ListLocation;
  params: ListNominationsParams;
  options: NominationFilterOptions;
}) {
  const t = await getTranslations("nominationList");
  const tStatus = await getTranslations("nominationStatus");
  const isEnglish = (await getLocale()) === "en";
  const label = (option: { name: string; nameEn: string | null }) =>
    isEnglish && option.nameEn ? option.nameEn : option.name;
  const showMovement = !location.fixed.includes("movement");
  return (
    <form
      method="get"
      action={location.path}
      role="search"
      aria-label={t("filters")}
      className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="nomination-q" className="block font-medium">
          {t("searchLabel")}
        </label>
        <p id="nomination-q-hint" className="text-sm text-stone-600">
          {t("searchHint")}
        </p>
        <input
          id="nomination-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={200}
          aria-describedby="nomination-q-hint"
          className={control}
        />
      </div>
      {showMovement ? (
        <div>
          <label htmlFor="nomination-movement" className="block font-medium">
            {t("movement")}
          </label>
          <select id="nomination-movement" name="movement" defaultValue={params.movement ?? ""} className={control}>
            <option value="">{t("anyMovement")}</option>
            {options.movements.map((movement) => (
              <option key={movement.id} value={movement.id}>
                {label(movement)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="nomination-title" className="block font-medium">
          {t("awardTitle")}
        </label>
        {options.titles.length > 0 ? (
          <select id="nomination-title" name="title" defaultValue={params.title ?? ""} className={control}>
            <option value="">{t("anyTitle")}</option>
            {options.titles.map((title) => (
              <option key={title.id} value={title.id}>
                {label(title)}
              </option>
            ))}
          </select>
        ) : (
          <>
            <select
              id="nomination-title"
              disabled
              aria-describedby="nomination-title-hint"
              className={`${control} text-stone-500`}
            >
              <option>{t("anyTitle")}</option>
            </select>
            <p id="nomination-title-hint" className="mt-1 text-sm text-stone-600">
              {t("titleHint")}
            </p>
          </>
        )}
      </div>
      <div>
        <label htmlFor="nomination-status" className="block font-medium">
          {t("status")}
        </label>
        <select id="nomination-status" name="status" defaultValue={params.status ?? ""} className={control}>
          <option value="">{t("anyStatus")}</option>
          {Object.values(NominationStatus).map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="nomination-unit" className="block font-medium">
          {t("unit")}
        </label>
        <select
          id="nomination-unit"
          name="unit"
          defaultValue={params.unit ?? ""}
          aria-describedby="nomination-unit-hint"
          className={control}
        >
          <option value="">{t("anyUnit")}</option>
          {options.units.map((unit) => (
            // Non-breaking spaces indent the tree inside a native select.
            <option
              key={unit.id}
              value={unit.id}
            >{`${"\u00a0\u00a0".repeat(Math.min(unit.level, 6))}${unit.name}`}</option>
          ))}
        </select>
        <p id="nomination-unit-hint" className="mt-1 text-sm text-stone-600">
          {t("unitHint")}
        </p>
      </div>
      {params.sort !== "updated" ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href={hrefAt(location, defaultListParams)} className="px-2 py-2 text-brand-700 underline">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
