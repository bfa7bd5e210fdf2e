import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UnitOverview } from "@/components/units/unit-overview";
import { can, canActForUnit } from "@/lib/policy";
import { requireUser } from "@/lib/session";
import { getUnitForViewer } from "@/lib/units/queries";
import { unitIdSchema } from "@/lib/units/schemas";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units");
  return { title: t("title") };
}

/** Read-only unit page: administrators, and officers whose scope contains the unit. */
export default async function UnitPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/units/${encodeURIComponent(id)}`);
  const parsedId = unitIdSchema.safeParse(id);
  if (!parsedId.success) notFound();
  // The query filters by scope too; the policy check is the second, independent net.
  const unit = await getUnitForViewer({ actor, id: parsedId.data });
  if (!unit || !canActForUnit(actor, unit.path)) notFound();
  const t = await getTranslations("units");
  const isManager = can(actor, "unit.manage");
  return (
    <>
      <h1 className="text-2xl font-bold">{unit.name}</h1>
      <p className="mt-1 text-stone-700">
        <span className="font-mono">{unit.code}</span> · {t("level", { depth: unit.depth + 1 })} ·{" "}
        {unit.isActive ? t("statusActive") : t("statusInactive")}
      </p>
      {isManager ? (
        <Link
          href={`/admin/units/${unit.id}`}
          className="mt-3 inline-block rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
        >
          {t("manage")}
        </Link>
      ) : null}
      <UnitOverview
        unit={unit}
        hrefOf={(target) =>
          target.path === undefined || canActForUnit(actor, target.path) ? `/units/${target.id}` : null
        }
      />
    </>
  );
}
