import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RegistrationCreateForm } from "@/components/registrations/registration-create-form";
import { today, toDay } from "@/lib/movements/days";
import { canRegisterForCoverage } from "@/lib/policy";
import { getMovementForRegistration, listEligibleUnits } from "@/lib/registrations/queries";
import { isRegistrationOpen } from "@/lib/registrations/rules";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registrations");
  return { title: t("newTitle") };
}

/** Register a unit for a movement: administrators, and officers whose units the movement covers (others: not found). */
export default async function NewRegistrationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(`/movements/${encodeURIComponent(id)}/registrations/new`, { ids: [id] });
  const movement = await getMovementForRegistration({ actor, id });
  if (!movement || !canRegisterForCoverage(actor, movement.coverageUnit.path)) notFound();
  const isOpen = isRegistrationOpen(movement, today());
  const [t, format, locale, units] = await Promise.all([
    getTranslations("registrations"),
    getFormatter(),
    getLocale(),
    isOpen ? listEligibleUnits({ actor, movementId: id }) : Promise.resolve([]),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const period = { startsOn: toDay(movement.startsOn), endsOn: toDay(movement.endsOn) };
  return (
    <>
      <Link href={`/movements/${id}`} className="text-brand-700 underline hover:text-brand-800">
        {t("backToMovement")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mt-1 text-stone-700">
        {t("movementLine", { movement: locale === "en" && movement.nameEn ? movement.nameEn : movement.name })}
      </p>
      <p className="text-sm text-stone-600">
        {t("period", { start: day(movement.startsOn), end: day(movement.endsOn) })}
        {movement.registrationEndsOn
          ? ` · ${t("deadline", { date: day(new Date(`${movement.registrationEndsOn}T00:00:00Z`)) })}`
          : ""}
      </p>
      {!isOpen ? (
        <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4">{t("closed")}</p>
      ) : units.length === 0 ? (
        <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4">{t("allRegistered")}</p>
      ) : (
        <div className="mt-6 max-w-3xl rounded-lg border border-stone-200 bg-white p-4">
          <p className="mb-4 text-stone-700">{t("newIntro")}</p>
          <RegistrationCreateForm movementId={id} units={units} period={period} />
        </div>
      )}
    </>
  );
}
