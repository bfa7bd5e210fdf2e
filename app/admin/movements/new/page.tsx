import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MovementForm } from "@/components/movements/movement-form";
import { newEditorValues } from "@/components/movements/editor-values";
import { requirePermission } from "@/lib/session";
import { listParentOptions } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("movementAdmin");
  return { title: t("newTitle") };
}

export default async function NewMovementPage() {
  const actor = await requirePermission("/admin/movements/new", { action: "movement.manage" });
  const [t, units] = await Promise.all([getTranslations("movementAdmin"), listParentOptions({ actor })]);
  return (
    <>
      <Link href="/movements" className="text-brand-700 underline hover:text-brand-800">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t("newIntro")}</p>
      <MovementForm initial={newEditorValues(units[0]?.id ?? "")} units={units} />
    </>
  );
}
