import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { NominationQuotaPanel, TitleQuotaUsage } from "@/lib/nominations/list-quota";

/** Places used against each title's quota: for the whole movement and for one unit. */
export async function ListQuotaPanel({ quota }: { quota: NominationQuotaPanel }) {
  const t = await getTranslations("nominationList");
  const isEnglish = (await getLocale()) === "en";
  const usage = (used: number, limit: number | null) => (
    <>
      {limit === null ? t("quotaUnlimited", { used }) : t("quotaUsed", { used, limit })}
      {limit !== null && used >= limit ? (
        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
          {t("quotaFull")}
        </span>
      ) : null}
    </>
  );
  return (
    <section aria-labelledby="quota-title" className="mt-6">
      <h2 id="quota-title" className="text-lg font-semibold">
        {t("quotaTitle")}
      </h2>
      <p className="text-sm text-stone-600">{t("quotaIntro")}</p>
      <DataTable<TitleQuotaUsage>
        className="mt-2"
        caption={t("quotaCaption")}
        rows={quota.titles}
        rowKey={(title) => title.id}
        columns={[
          {
            key: "title",
            header: t("quotaTitleColumn"),
            isRowHeader: true,
            cell: (title) => (isEnglish && title.nameEn ? title.nameEn : title.name),
          },
          {
            key: "movement",
            header: t("quotaMovementColumn"),
            cell: (title) =>
              title.movementUsed === null ? t("quotaNoLimit") : usage(title.movementUsed, title.quotaTotal),
          },
          ...(quota.unit
            ? [
                {
                  key: "unit",
                  header: t("quotaUnitColumn", { unit: quota.unit.name }),
                  cell: (title: TitleQuotaUsage) => usage(title.unitUsed, title.unitLimit),
                },
              ]
            : []),
        ]}
      />
      {quota.unit ? null : <p className="mt-1 text-sm text-stone-600">{t("quotaNoUnit")}</p>}
    </section>
  );
}
