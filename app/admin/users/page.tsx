import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UserFilters } from "@/components/users/user-filters";
import { UserPagination } from "@/components/users/user-pagination";
import { UserTable } from "@/components/users/user-table";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";
import { listUnitOptions, listUsers } from "@/lib/users/queries";
import { listUsersParamsSchema } from "@/lib/users/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser("/admin/users");
  // Not allowed looks like not there: no hint that the page exists.
  if (!can(actor, "user.manage")) notFound();
  const t = await getTranslations("users");
  // Repeated parameters (?q=a&q=b) take the first; malformed ones are ignored by the schema.
  const params = listUsersParamsSchema.parse(await searchParams);
  const [result, units] = await Promise.all([listUsers({ actor, ...params }), listUnitOptions({ actor })]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link
          href="/admin/users/new"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("newUser")}
        </Link>
      </div>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <UserFilters params={params} units={units} />
      <UserTable rows={result.rows} />
      <UserPagination params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
