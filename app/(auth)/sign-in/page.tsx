import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("signIn");
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      {env().DEMO_MODE ? <p className="mt-6 text-sm text-stone-600">{t("demoHint")}</p> : null}
    </div>
  );
}
