import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { UnitListItem } from "@/lib/units/queries";

/** Units in tree order; indentation by depth shows the hierarchy. */
export async function UnitTable({ items }: { items: UnitListItem[] }) {
  const t = await getTranslations("units");
  return (
    <DataTable
      className="mt-4"
      caption={t("tableCaption")}
      rows={items}
      rowKey={(unit) => unit.id}
      empty={t("empty")}
      columns={[
        {
          key: "name",
          header: t("name"),
          isRowHeader: true,
          cell: (unit) => (
            // Indentation is capped so deep trees stay readable on a phone.
            <span style={{ paddingInlineStart: `${Math.min(unit.depth, 6) * 1.25}rem` }} className="inline-block">
              <Link href={`/admin/units/${unit.id}`} className="text-brand-700 underline hover:text-brand-800">
                {unit.name}
              </Link>
            </span>
          ),
        },
        { key: "code", header: t("code"), className: "whitespace-nowrap font-mono", cell: (unit) => unit.code },
        { key: "parent", header: t("parent"), cell: (unit) => unit.parentName ?? "—" },
        {
          key: "status",
          header: t("status"),
          className: "whitespace-nowrap",
          cell: (unit) => (unit.isActive ? t("statusActive") : t("statusInactive")),
        },
      ]}
    />
  );
}
