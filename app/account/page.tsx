import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { requirePermission } from "@/lib/session";
import { getOwnProfile } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const actor = await requirePermission("/account", { action: "profile.edit" });
  const t = await getTranslations("account");
  const profile = await getOwnProfile({ actor });
  const section = "rounded-lg border border-stone-200 bg-white p-4";
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-heading" className={section}>
          <h2 id="profile-heading" className="mb-3 text-lg font-semibold">
            {t("profileTitle")}
          </h2>
          <ProfileForm profile={profile} />
        </section>
        <section aria-labelledby="password-heading" className={section}>
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">
            {t("passwordTitle")}
          </h2>
          <p className="mb-3 text-stone-700">{t("passwordIntro")}</p>
          <ChangePasswordForm />
        </section>
      </div>
    </>
  );
}
