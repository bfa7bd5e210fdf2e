import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { HonoreeProfileView } from "@/components/roster/honoree-profile-view";
import { localizedName } from "@/lib/i18n/localized-name";
import { env } from "@/lib/env";
import { currentViewer } from "@/lib/movements/viewer";
import { meritHistoryOf } from "@/lib/roster/merit-history";
import { honoreeProfile } from "@/lib/roster/queries";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

// Metadata and the page read the profile once per request, through the same visibility check.
const load = cache(async (id: string) => {
  const actor = await currentViewer(`/honorees/${id}`);
  return { actor, profile: await honoreeProfile(actor, id) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const [{ profile }, t, locale] = await Promise.all([load(id), getTranslations("honoreeProfile"), getLocale()]);
  // Not found and not allowed look the same: a generic title, nothing of the honoree.
  if (!profile) return { title: t("notFoundTitle"), robots: { index: false } };
  const path = `/honorees/${profile.id}`;
  const title = t("shareTitle", {
    name: profile.name,
    title: localizedName(locale, profile.titleName, profile.titleNameEn),
  });
  const images = profile.hasPortrait ? [{ url: `/api/honorees/${profile.id}/portrait`, alt: profile.name }] : undefined;
  const baseUrl = env().NEXTAUTH_URL;
  return {
    // Absolute URLs for shared links come from the configured site address (never from a request's Host header).
    metadataBase: baseUrl ? new URL(baseUrl) : undefined,
    title: profile.name,
    description: profile.citation,
    alternates: { canonical: path },
    openGraph: { type: "profile", title, description: profile.citation, url: path, images },
    twitter: { card: images ? "summary_large_image" : "summary", title, description: profile.citation, images },
    // Only the public roster is for search engines.
    robots: profile.listedFor === "PUBLIC" ? undefined : { index: false },
  };
}

/** An honoree's profile: to whoever may see it (listed for them, or an officer of the unit, or an administrator); 404 otherwise. */
export default async function HonoreePage({ params }: { params: Params }) {
  const { id } = await params;
  const { actor, profile } = await load(id);
  if (!profile) notFound();
  const merit = await meritHistoryOf(actor, profile.holderKey);
  return <HonoreeProfileView profile={profile} merit={merit} />;
}
