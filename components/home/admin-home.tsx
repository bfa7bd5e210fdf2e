import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminOverview } from "@/lib/home/queries";
import { MovementStatus } from "@/lib/generated/prisma/enums";
import { Stat } from "./stat";

export async function AdminHome() {
  const t = await getTranslations("home.admin");
  const tStatus = await getTranslations("movementStatus");
  const tDashboard = await getTranslations("dashboard");
  const overview = await adminOverview();
  return (
    <section aria-labelledby="admin-home" className="mt-8" data-testid="home-admin">
      <h2 id="admin-home" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3">
        <Stat label={t("activeUnits")} value={overview.activeUnits} />
        <Stat label={t("activeUsers")} value={overview.activeUsers} />
        <Stat label={t("awaitingAction")} value={overview.awaitingAction} />
      </dl>
      <h3 className="mt-6 font-semibold">{t("movementsByStatus")}</h3>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-6">
        {Object.values(MovementStatus).map((status) => (
          <Stat key={status} label={tStatus(status)} value={overview.movementsByStatus[status] ?? 0} />
        ))}
      </dl>
      <Link href="/dashboard" className="mt-4 inline-block text-brand-700 underline hover:text-brand-800">
        {tDashboard("homeLink")}
      </Link>
    </section>
  );
}
