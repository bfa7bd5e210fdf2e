import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form";
import { requirePermission } from "@/lib/session";
import { listUnitOptions } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("newTitle") };
}

export default async function NewUserPage() {
  const actor = await requirePermission("/admin/users/new", { action: "user.manage" });
  const t = await getTranslations("users");
  const units = await listUnitOptions({ actor });
  return (
    <>
      <Link href="/admin/users" className="text-brand-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mt-1 text-stone-700">{t("newIntro")}</p>
      <CreateUserForm units={units} />
    </>
  );
}
