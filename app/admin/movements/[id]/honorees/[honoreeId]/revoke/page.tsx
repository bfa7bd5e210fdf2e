import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { HonoreeState } from "@/components/roster-admin/honoree-state";
import { RevokeForm } from "@/components/roster-admin/revoke-form";
import { revocationTarget } from "@/lib/roster/roster-admin";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string; honoreeId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rosterAdmin");
  return { title: t("revokeMetaTitle") };
}

/** Revoking one recognition of a movement (administrators); once revoked, what was recorded. */
export default async function RevokeHonoreePage({ params }: Props) {
  const { id, honoreeId } = await params;
  const actor = await requirePermission(
    `/admin/movements/${encodeURIComponent(id)}/honorees/${encodeURIComponent(honoreeId)}/revoke`,
    { action: "roster.manage", ids: [id, honoreeId] },
  );
  const honoree = await revocationTarget({ actor, movementId: id, honoreeId });
  if (!honoree) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("rosterAdmin"), getFormatter(), getLocale()]);
  const isEnglish = locale === "en";
  const summary = t("revokeSummary", {
    title: isEnglish && honoree.titleNameEn ? honoree.titleNameEn : honoree.titleName,
    unit: honoree.unitName,
    movement: isEnglish && honoree.movementNameEn ? honoree.movementNameEn : honoree.movementName,
    decision: honoree.decisionNumber,
  });
  return (
    <>
      <p>
        <Link
          href={`/admin/movements/${honoree.movementId}/honorees`}
          className="text-brand-700 underline hover:text-brand-800"
        >
          {t("backToHonorees")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("revokeTitle", { name: honoree.name })}</h1>
      <p className="mt-1 text-stone-700">{summary}</p>
      <p className="mt-2">
        <HonoreeState honoree={honoree} namespace="rosterAdmin" />
      </p>
      {honoree.revokedAt ? (
        <section aria-labelledby="revoked-title" className="mt-4 rounded-lg border border-stone-300 bg-stone-50 p-4">
          <h2 id="revoked-title" className="text-lg font-semibold">
            {t("alreadyRevokedTitle")}
          </h2>
          <p>
            {t("alreadyRevokedLine", {
              at: format.dateTime(honoree.revokedAt, { dateStyle: "medium", timeStyle: "short" }),
              by: honoree.revokedBy ?? t("unknownPerson"),
            })}
          </p>
        </section>
      ) : (
        <RevokeForm movementId={honoree.movementId} honoreeId={honoree.id} />
      )}
    </>
  );
}
