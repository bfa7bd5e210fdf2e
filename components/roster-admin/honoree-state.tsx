import { getTranslations } from "next-intl/server";
import type { Visibility } from "@/lib/generated/prisma/enums";

/**
 * Where a recognition stands: listed (for whom), not listed, or revoked with its reason and
 * the revoking decision. Said in the administrators' roster page or merit history words.
 */
export async function HonoreeState({
  honoree,
  namespace,
}: {
  honoree: {
    listedFor: Visibility | null;
    revokedAt: Date | null;
    revokedReason: string | null;
    revocationReference: string | null;
  };
  namespace: "rosterAdmin" | "merit";
}) {
  const t = await getTranslations(namespace);
  if (honoree.revokedAt) {
    return (
      <>
        <span className="inline-block rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">{t("revoked")}</span>
        <span className="mt-1 block text-sm text-stone-700">
          {t("revokedDetails", { reason: honoree.revokedReason ?? "", reference: honoree.revocationReference ?? "" })}
        </span>
      </>
    );
  }
  if (honoree.listedFor === null)
    return <span className="inline-block rounded bg-stone-200 px-2 py-0.5 text-stone-900">{t("unlisted")}</span>;
  return (
    <span className="inline-block rounded bg-green-100 px-2 py-0.5 text-green-900">
      {t(honoree.listedFor === "PUBLIC" ? "listedPublic" : "listedStaff")}
    </span>
  );
}
