import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { safeRedirectPath } from "@/lib/security/redirect-target";
import { getCurrentUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

type SearchParams = Promise<{ callbackUrl?: string | string[]; reason?: string | string[] }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("signIn");
  const { callbackUrl, reason } = await searchParams;
  const { DEMO_MODE: isDemo, MFA_REQUIRED_ROLES: mfaRoles } = env();
  return (
    <div className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      {reason === "password-changed" ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("passwordChanged")}
        </p>
      ) : null}
      <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} />
      {isDemo ? <p className="mt-6 text-sm text-stone-600">{t("demoHint")}</p> : null}
      {isDemo && mfaRoles.length === 0 ? <p className="mt-2 text-sm text-stone-600">{t("demoNoMfa")}</p> : null}
    </div>
  );
}
