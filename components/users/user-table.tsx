import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UserRow } from "@/lib/users/queries";

/** One row per person: name (linking to the account), email, roles, state. */
export async function UserTable({ rows }: { rows: UserRow[] }) {
  const t = await getTranslations("users");
  const tRoles = await getTranslations("roles");
  return (
    <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="p-2">{t("fullName")}</th>
            <th scope="col" className="p-2">{t("email")}</th>
            <th scope="col" className="p-2">{t("rolesTitle")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id} className="border-t border-stone-200">
              <td className="p-2">
                <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">{u.fullName}</Link>
                {u.position ? <div className="text-stone-600">{u.position}</div> : null}
              </td>
              <td className="p-2">{u.email}</td>
              <td className="p-2">{u.roles.map((r) => t("roleOnUnit", { role: tRoles(r.role), unit: r.unitName })).join("; ")}</td>
              <td className="p-2">{u.isActive ? t("active") : t("inactive")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="p-4 text-stone-600">{t("empty")}</p> : null}
    </div>
  );
}
