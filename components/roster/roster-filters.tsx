import { getLocale, getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { NomineeKind } from "@/lib/generated/prisma/enums";
import { rosterSortKeys, type RosterParams } from "@/lib/roster/params";
import type { RosterFilterOptions } from "@/lib/roster/queries";
import { localizedName } from "@/lib/i18n/localized-name";
import type { RosterLocation } from "./roster-location";

// Plain <a>, not next/link, so the page cache answers (docs/decisions/0009-public-page-cache.md).

/** Years offered by the period selects: the roster's range, plus any year already in the URL, newest first. */
function yearChoices(options: RosterFilterOptions, params: RosterParams): number[] {
  const years = new Set<number>();
  if (options.years) for (let year = options.years.from; year <= options.years.to; year++) years.add(year);
  for (const year of [params.from, params.to]) if (year !== undefined) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/** The roster's filter form: a plain GET form, so every view is a shareable URL and works without JavaScript. */
export async function RosterFilters({
  location,
  params,
  options,
}: {
  location: RosterLocation;
  params: RosterParams;
  options: RosterFilterOptions;
}) {
  const [t, locale] = await Promise.all([getTranslations("roster"), getLocale()]);
  const years = yearChoices(options, params).map((year) => ({ value: String(year), label: String(year) }));
  const anyYear = { value: "", label: t("anyYear") };
  const showMovement = !location.fixed.includes("movement");
  const hasTitles = options.titles.length > 0;
  return (
    <form
      method="get"
      action={location.path}
      role="search"
      aria-label={t("filters")}
      className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <TextField
        name="q"
        type="search"
        label={t("searchLabel")}
        hint={t("searchHint")}
        defaultValue={params.q}
        maxLength={100}
        className="sm:col-span-2 lg:col-span-4"
      />
      {showMovement ? (
        <SelectField
          name="movement"
          label={t("movement")}
          defaultValue={params.movement ?? ""}
          options={[
            { value: "", label: t("anyMovement") },
            ...options.movements.map((m) => ({ value: m.id, label: localizedName(locale, m.name, m.nameEn) })),
          ]}
          className="sm:col-span-2"
        />
      ) : null}
      {hasTitles ? (
        <SelectField
          name="title"
          label={t("awardTitle")}
          defaultValue={params.title ?? ""}
          options={[
            { value: "", label: t("anyTitle") },
            ...options.titles.map((title) => ({
              value: title.id,
              label: localizedName(locale, title.name, title.nameEn),
            })),
          ]}
          className="sm:col-span-2"
        />
      ) : (
        // Titles of different movements share names: they are offered once a movement is chosen.
        <SelectField
          name="title"
          label={t("awardTitle")}
          hint={t("titleHint")}
          disabled
          options={[{ value: "", label: t("anyTitle") }]}
          className="sm:col-span-2"
        />
      )}
      <SelectField
        name="unit"
        label={t("unit")}
        hint={t("unitHint")}
        defaultValue={params.unit ?? ""}
        // Non-breaking spaces indent the tree inside a native select.
        options={[
          { value: "", label: t("anyUnit") },
          ...options.units.map((unit) => ({
            value: unit.id,
            label: `${"\u00a0\u00a0".repeat(Math.min(unit.level, 6))}${unit.name}`,
          })),
        ]}
        className="sm:col-span-2"
      />
      <SelectField
        name="kind"
        label={t("kind")}
        defaultValue={params.kind ?? ""}
        options={[
          { value: "", label: t("anyKind") },
          ...Object.values(NomineeKind).map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
        ]}
      />
      <fieldset className="grid grid-cols-2 gap-3">
        <legend className="sr-only">{t("period")}</legend>
        <SelectField
          name="from"
          label={t("from")}
          defaultValue={params.from === undefined ? "" : String(params.from)}
          options={[anyYear, ...years]}
        />
        <SelectField
          name="to"
          label={t("to")}
          defaultValue={params.to === undefined ? "" : String(params.to)}
          options={[anyYear, ...years]}
        />
      </fieldset>
      <SelectField
        name="sort"
        label={t("sort")}
        defaultValue={params.sort}
        options={rosterSortKeys.map((key) => ({ value: key, label: t(`sorts.${key}`) }))}
      />
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <a href={location.path} className="px-2 py-2 text-brand-700 underline">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
