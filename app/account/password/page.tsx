import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("passwordTitle") };
}

export default async function ChangePasswordPage() {
  // People who must change their password are sent here by requireUser; let them in.
  const actor = await requireUser("/account/password", { pendingStep: "password" });
  if (!can(actor, "profile.edit")) notFound();
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("passwordTitle")}</h1>
      {actor.mustChangePassword ? (
        <p role="note" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
          {t("passwordRequired")}
        </p>
      ) : null}
      <p className="mt-3 text-stone-700">{t("passwordIntro")}</p>
      <div className="mt-6">
        <ChangePasswordForm />
      </div>
    </div>
  );
}
