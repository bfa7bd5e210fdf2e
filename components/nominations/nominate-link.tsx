import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MovementStatus } from "@/lib/generated/prisma/enums";
import { listNominationUnits } from "@/lib/nominations/queries";
import { can } from "@/lib/policy";
import { getCurrentUser } from "@/lib/session";

/** On the movement page: "Nominate" for officers with a unit the movement covers, while it is open. */
export async function NominateLink({ movementId, status }: { movementId: string; status: MovementStatus }) {
  if (status !== "OPEN") return null;
  const actor = await getCurrentUser();
  if (!actor || !can(actor, "nomination.create")) return null;
  if ((await listNominationUnits({ actor, movementId })).length === 0) return null;
  const t = await getTranslations("nominations");
  return (
    <Link
      href={`/nominations/new?movementId=${movementId}`}
      className="mt-3 mr-3 inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
    >
      {t("nominateCta")}
    </Link>
  );
}
