import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UnitDeleteForm } from "@/components/units/unit-delete-form";
import { UnitEditForm } from "@/components/units/unit-edit-form";
import { UnitMoveForm } from "@/components/units/unit-move-form";
import { UnitOverview } from "@/components/units/unit-overview";
import { UnitStatusForm } from "@/components/units/unit-status-form";
import { requirePermission } from "@/lib/session";
import { getUnitForAdmin, listParentOptions } from "@/lib/units/queries";
import { unitIdSchema } from "@/lib/units/schemas";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("manage") };
}

export default async function AdminUnitPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(`/admin/units/${encodeURIComponent(id)}`, { action: "unit.manage" });
  // A malformed id would make PostgreSQL's uuid cast fail (500): answer 404 before querying.
  const parsedId = unitIdSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const unit = await getUnitForAdmin({ actor, id: parsedId.data });
  if (!unit) notFound();
  const t = await getTranslations("units");
  const parents = await listParentOptions({ actor, excludePath: unit.path });
  const card = "rounded-lg border border-stone-200 bg-white p-4";
  return (
    <>
      <Link href="/admin/units" className="text-brand-700 underline hover:text-brand-800">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{unit.name}</h1>
      <p className="mt-1 text-stone-700">
        <span className="font-mono">{unit.code}</span> · {t("level", { depth: unit.depth + 1 })} ·{" "}
        {unit.isActive ? t("statusActive") : t("statusInactive")}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        {unit.isActive ? (
          <Link
            href={`/admin/units/new?parentId=${unit.id}`}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("addChild")}
          </Link>
        ) : null}
        <Link href={`/units/${unit.id}`} className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100">
          {t("viewPage")}
        </Link>
      </div>
      <UnitOverview unit={unit} hrefOf={(target) => `/admin/units/${target.id}`} />
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <div className={card}>
          <UnitEditForm
            unit={{ id: unit.id, name: unit.name, code: unit.code, headcount: unit.headcount, version: unit.version }}
          />
        </div>
        <div className={card}>
          <UnitMoveForm
            unit={{ id: unit.id, version: unit.version, parentId: unit.parent?.id ?? null }}
            parents={parents}
          />
        </div>
        <div className={card}>
          <UnitStatusForm unit={{ id: unit.id, version: unit.version, isActive: unit.isActive }} />
        </div>
        <div className={card}>
          <UnitDeleteForm unit={unit} isDeletable={unit.isDeletable} />
        </div>
      </div>
    </>
  );
}
