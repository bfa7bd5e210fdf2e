import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { UserRow } from "@/lib/users/queries";

/** One row per person: name (linking to the account), email, roles, state. */
export async function UserTable({ rows }: { rows: UserRow[] }) {
  const t = await getTranslations("users");
  const tRoles = await getTranslations("roles");
  return (
    <DataTable
      className="mt-6"
      caption={t("title")}
      rows={rows}
      rowKey={(u) => u.id}
      empty={t("empty")}
      columns={[
        {
          key: "name",
          header: t("fullName"),
          cell: (u) => (
            <>
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
                {u.fullName}
              </Link>
              {u.position ? <div className="text-stone-600">{u.position}</div> : null}
            </>
          ),
        },
        { key: "email", header: t("email"), cell: (u) => u.email },
        {
          key: "roles",
          header: t("rolesTitle"),
          cell: (u) => u.roles.map((r) => t("roleOnUnit", { role: tRoles(r.role), unit: r.unitName })).join("; "),
        },
        { key: "status", header: t("status"), cell: (u) => (u.isActive ? t("active") : t("inactive")) },
      ]}
    />
  );
}
