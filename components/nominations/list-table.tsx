import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { dossierWhere, whereText } from "@/lib/levels/where";
import type { NominationListRow } from "@/lib/nominations/list";
import { sortOrderOf, type ListNominationsParams, type NominationSortKey } from "@/lib/nominations/list-params";
import { sortHrefAt, type ListLocation } from "./list-location";

/** One page of nominations; name, status and last change sort by a header link. */
export async function ListTable({
  rows,
  location,
  params,
}: {
  rows: NominationListRow[];
  location: ListLocation;
  params: ListNominationsParams;
}) {
  const t = await getTranslations("nominationList");
  const tLevels = await getTranslations("levels");
  const tStatus = await getTranslations("nominationStatus");
  const tTable = await getTranslations("dataTable");
  const format = await getFormatter();
  const isEnglish = (await getLocale()) === "en";
  const label = (named: { name: string; nameEn: string | null }) =>
    isEnglish && named.nameEn ? named.nameEn : named.name;
  const sort = (key: NominationSortKey) => ({
    href: sortHrefAt(location, params, key),
    direction:
      params.sort === key
        ? sortOrderOf(params) === "asc"
          ? ("ascending" as const)
          : ("descending" as const)
        : undefined,
    label: tTable("sortHint"),
  });
  const columns: DataTableColumn<NominationListRow>[] = [
    {
      key: "nominee",
      header: t("nominee"),
      isRowHeader: true,
      sort: sort("name"),
      cell: (row) => (
        <Link href={`/nominations/${row.id}`} className="font-medium text-brand-700 underline hover:text-brand-800">
          {row.nomineeName}
        </Link>
      ),
    },
    {
      key: "kind",
      header: t("kind"),
      className: "whitespace-nowrap",
      cell: (row) => t(`kindValue.${row.nomineeKind}`),
    },
    { key: "title", header: t("titleColumn"), cell: (row) => label(row.title) },
    { key: "unit", header: t("unitColumn"), cell: (row) => row.unit.name },
    ...(params.movement
      ? []
      : [{ key: "movement", header: t("movementColumn"), cell: (row: NominationListRow) => label(row.movement) }]),
    {
      key: "status",
      header: t("statusColumn"),
      sort: sort("status"),
      className: "whitespace-nowrap",
      cell: (row) => tStatus(row.status),
    },
    {
      key: "where",
      header: tLevels("whereColumn"),
      cell: (row) => whereText(dossierWhere(row.status, row.level), (key, values) => tLevels(key, values)) ?? "—",
    },
    {
      key: "updated",
      header: t("updated"),
      sort: sort("updated"),
      className: "whitespace-nowrap",
      cell: (row) => (
        <time dateTime={row.updatedAt.toISOString()}>
          {format.dateTime(row.updatedAt, { dateStyle: "short", timeStyle: "short" })}
        </time>
      ),
    },
  ];
  return (
    <DataTable
      className="mt-2"
      caption={t("tableCaption")}
      rows={rows}
      rowKey={(row) => row.id}
      columns={columns}
      empty={t("empty")}
    />
  );
}
