import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitOption } from "@/lib/users/queries";
import { roles } from "@/lib/users/roles";
import type { ListUsersParams } from "@/lib/users/schemas";

const fieldClass = "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2";

/** A plain GET form: filters live in the URL and work without JavaScript. */
export async function UserFilters({ params, units }: { params: ListUsersParams; units: UnitOption[] }) {
  const t = await getTranslations("users");
  const tRoles = await getTranslations("roles");
  return (
    <form
      method="get"
      action="/admin/users"
      role="search"
      aria-label={t("filters")}
      className="mt-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-5 md:items-end"
    >
      <div className="md:col-span-2">
        <label htmlFor="filter-q" className="block font-medium">
          {t("search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor="filter-role" className="block font-medium">
          {t("role")}
        </label>
        <select id="filter-role" name="role" defaultValue={params.role ?? ""} className={fieldClass}>
          <option value="">{t("anyRole")}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {tRoles(role)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-unit" className="block font-medium">
          {t("unitAndBelow")}
        </label>
        <select id="filter-unit" name="unit" defaultValue={params.unit ?? ""} className={fieldClass}>
          <option value="">{t("anyUnit")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{`${"\u00a0\u00a0\u00a0".repeat(u.depth)}${u.name}`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block font-medium">
          {t("status")}
        </label>
        <select id="filter-status" name="status" defaultValue={params.status ?? ""} className={fieldClass}>
          <option value="">{t("anyStatus")}</option>
          <option value="active">{t("active")}</option>
          <option value="inactive">{t("inactive")}</option>
        </select>
      </div>
      <div className="flex gap-3 md:col-span-5">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("applyFilters")}
        </button>
        <Link href="/admin/users" className="px-2 py-2 text-brand-700 underline">
          {t("clearFilters")}
        </Link>
      </div>
    </form>
  );
}
