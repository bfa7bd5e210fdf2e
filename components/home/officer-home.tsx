import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NominationStatus } from "@/lib/generated/prisma/enums";
import { officerNominationCounts } from "@/lib/home/queries";
import { officerScopes } from "@/lib/policy";
import type { Actor } from "@/lib/session";
import { Stat } from "./stat";

export async function OfficerHome({ actor }: { actor: Actor }) {
  const t = await getTranslations("home.officer");
  const tStatus = await getTranslations("nominationStatus");
  const tDashboard = await getTranslations("dashboard");
  const counts = await officerNominationCounts(officerScopes(actor));
  const units = actor.roles.filter((r) => r.role === "OFFICER").map((r) => r.unitName);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <section aria-labelledby="officer-home" className="mt-8" data-testid="home-officer">
      <h2 id="officer-home" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-stone-700">{t("scope", { units: units.join(", ") })}</p>
      {total === 0 ? (
        <p className="mt-3 text-stone-600">{t("noNominations")}</p>
      ) : (
        <>
          <h3 className="sr-only">{t("countByStatus")}</h3>
          <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
            {Object.values(NominationStatus).map((status) => (
              <Stat key={status} label={tStatus(status)} value={counts[status] ?? 0} />
            ))}
          </dl>
        </>
      )}
      <Link href="/dashboard" className="mt-4 inline-block text-brand-700 underline hover:text-brand-800">
        {tDashboard("homeLink")}
      </Link>
    </section>
  );
}
