import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UnitCreateForm } from "@/components/units/unit-create-form";
import { requirePermission } from "@/lib/session";
import { listParentOptions } from "@/lib/units/queries";
import { unitIdSchema } from "@/lib/units/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("newTitle") };
}

export default async function NewUnitPage({
  searchParams,
}: {
  searchParams: Promise<{ parentId?: string | string[] }>;
}) {
  const actor = await requirePermission("/admin/units/new", { action: "unit.manage" });
  const t = await getTranslations("units");
  const parents = await listParentOptions({ actor });
  // ?parentId= preselects the parent ("add a child unit" on a unit's page); ignored when unknown.
  const requested = unitIdSchema.safeParse((await searchParams).parentId);
  const defaultParentId =
    requested.success && parents.some((p) => p.id === requested.data) ? requested.data : (parents[0]?.id ?? "");
  return (
    <>
      <Link href="/admin/units" className="text-brand-700 underline hover:text-brand-800">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("newTitle")}</h1>
      <UnitCreateForm parents={parents} defaultParentId={defaultParentId} />
    </>
  );
}
