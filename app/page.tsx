import { getTranslations } from "next-intl/server";
import { AdminHome } from "@/components/home/admin-home";
import { HonoreeList } from "@/components/home/honoree-list";
import { OfficerHome } from "@/components/home/officer-home";
import { OpenMovementList } from "@/components/home/open-movement-list";
import { ReviewerHome } from "@/components/home/reviewer-home";
import { latestHonorees, openMovements } from "@/lib/home/queries";
import { rolesOf } from "@/lib/policy";
import { getCurrentUser, requireUser } from "@/lib/session";

export const dynamic = "force-dynamic";

/** One home for everyone: the public news, plus a section per role the viewer holds. */
export default async function HomePage() {
  const signedIn = await getCurrentUser();
  // Signed-in people with a pending password change or MFA enrolment are sent there first.
  const actor = signedIn ? await requireUser("/") : null;
  const t = await getTranslations("home");
  const tRoles = await getTranslations("roles");
  const isSignedIn = actor !== null;
  const [honorees, movements] = await Promise.all([latestHonorees({ actor }), openMovements({ isSignedIn })]);
  const roles = actor ? rolesOf(actor) : [];
  return (
    <>
      {actor ? (
        <div>
          <h1 className="text-2xl font-bold">{t("greeting", { name: actor.name })}</h1>
          <h2 className="sr-only">{t("yourRoles")}</h2>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("yourRoles")}>
            {actor.roles.map((r) => (
              <li key={`${r.role}-${r.unitId}`} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
                {t("roleOnUnit", { role: tRoles(r.role), unit: r.unitName })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 p-8 text-white">
          <h1 className="text-3xl font-bold">{t("heroTitle")}</h1>
          <p className="mt-3 max-w-2xl text-white/90">{t("heroBody")}</p>
        </div>
      )}
      {roles.includes("ADMIN") ? <AdminHome /> : null}
      {actor && roles.includes("OFFICER") ? <OfficerHome actor={actor} /> : null}
      {actor && roles.includes("REVIEWER") ? <ReviewerHome actor={actor} /> : null}
      <OpenMovementList movements={movements} />
      <HonoreeList honorees={honorees} />
    </>
  );
}
