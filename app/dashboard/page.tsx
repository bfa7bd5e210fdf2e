import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MovementOverview } from "@/components/dashboard/movement-overview";
import { MovementPicker } from "@/components/dashboard/movement-picker";
import { MovementSections } from "@/components/dashboard/movement-sections";
import { YearsSection } from "@/components/dashboard/years-section";
import { dashboardParamsSchema } from "@/lib/dashboard/params";
import { dashboardMovements, movementDashboard } from "@/lib/dashboard/queries";
import { honoreesPerYear } from "@/lib/dashboard/years";
import { can, hasRole } from "@/lib/policy";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser("/dashboard");
  // Administrators and officers; anyone else is told it does not exist.
  if (!can(actor, "dashboard.view")) notFound();
  const t = await getTranslations("dashboard");
  const params = dashboardParamsSchema.parse(await searchParams);
  // The named movement's counts are read alongside the list of movements, not after it.
  const [movements, years, named] = await Promise.all([
    dashboardMovements(actor),
    honoreesPerYear(actor),
    params.movement ? movementDashboard(actor, params.movement) : null,
  ]);
  // No (or a malformed) ?movement= shows the newest; one the viewer may not see does not exist.
  const selectedId = params.movement ?? movements[0]?.id ?? null;
  const dashboard = params.movement ? named : selectedId ? await movementDashboard(actor, selectedId) : null;
  if (params.movement && !dashboard) notFound();
  const officerUnits = actor.roles.filter((r) => r.role === "OFFICER").map((r) => r.unitName);
  const hasNominations = dashboard ? dashboard.byStatus.some((row) => row.count > 0) : false;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      <p className="mt-1 text-sm text-stone-700">
        {hasRole(actor, "ADMIN") ? t("scopeAll") : t("scopeUnits", { units: officerUnits.join(", ") })}
      </p>
      {dashboard && selectedId ? (
        <>
          <MovementPicker movements={movements} selectedId={selectedId} />
          <section aria-labelledby="movement-heading" className="mt-8">
            <MovementOverview dashboard={dashboard} />
            {hasNominations ? null : (
              <p className="mt-6 rounded-lg border border-stone-200 bg-white p-4 text-stone-700">
                {t("empty.nominations")}
              </p>
            )}
            <MovementSections dashboard={dashboard} />
          </section>
        </>
      ) : (
        <p className="mt-6 rounded-lg border border-stone-200 bg-white p-4 text-stone-700">{t("noMovements")}</p>
      )}
      <YearsSection years={years} movementId={dashboard?.movement.id ?? null} />
    </>
  );
}
