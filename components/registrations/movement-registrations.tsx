import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { today } from "@/lib/movements/days";
import { canRegisterForCoverage } from "@/lib/policy";
import { getMovementForRegistration, listEligibleUnits, listPledgeResults } from "@/lib/registrations/queries";
import { isRegistrationOpen } from "@/lib/registrations/rules";
import { getCurrentUser } from "@/lib/session";
import { PledgeResults } from "./pledge-results";

/**
 * The movement page's "pledges and results" section: signed-in viewers only (pledges are the
 * organization's internal business); officers also get "register your unit" while registration
 * is open for one of their units, and links to their own units' registrations.
 */
export async function MovementRegistrations({ movementId }: { movementId: string }) {
  const actor = await getCurrentUser();
  if (!actor) return null;
  const movement = await getMovementForRegistration({ actor, id: movementId });
  if (!movement) return null;
  const mayRegister =
    canRegisterForCoverage(actor, movement.coverageUnit.path) && isRegistrationOpen(movement, today());
  const [t, registrations, eligible] = await Promise.all([
    getTranslations("registrations"),
    listPledgeResults({ actor, movementId }),
    mayRegister ? listEligibleUnits({ actor, movementId }) : Promise.resolve([]),
  ]);
  // Shortcuts to the registrations of the viewer's own units; an administrator (who may manage
  // every one) finds each under its unit below instead of a link per registered unit here.
  const own = registrations.filter((registration) => registration.isManaged && registration.isOwnUnit);
  return (
    <section aria-labelledby="pledges" className="mt-8">
      <h2 id="pledges" className="text-xl font-semibold">
        {t("sectionTitle")}
      </h2>
      <p className="mt-1 text-stone-700">{t("sectionIntro")}</p>
      {eligible.length > 0 || own.length > 0 ? (
        <div className="mt-3 flex flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
          {eligible.length > 0 ? (
            <Link
              href={`/movements/${movementId}/registrations/new`}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t("registerCta")}
            </Link>
          ) : null}
          {own.length > 0 ? (
            <nav aria-label={t("yourRegistrations")}>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {own.map((registration) => (
                  <li key={registration.id}>
                    <Link
                      href={`/movements/${movementId}/registrations/${registration.id}`}
                      className="text-brand-700 underline hover:text-brand-800"
                    >
                      {t("openRegistration", { unit: registration.unit.name })}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      ) : null}
      <PledgeResults movementId={movementId} registrations={registrations} />
    </section>
  );
}
