import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RegistrationEditForm } from "@/components/registrations/registration-edit-form";
import { RegistrationResultsForm } from "@/components/registrations/registration-results-form";
import { TargetTable } from "@/components/registrations/target-table";
import { today, toDay } from "@/lib/movements/days";
import { getRegistration } from "@/lib/registrations/queries";
import { isRegistrationOpen, mayRecordResults } from "@/lib/registrations/rules";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string; registrationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registrations");
  return { title: t("pageTitle") };
}

/** One unit's registration: its pledge and targets (editable while registration is open) and its results. Managers only; others: not found. */
export default async function RegistrationPage({ params }: Props) {
  const { id, registrationId } = await params;
  const actor = await requirePermission(
    `/movements/${encodeURIComponent(id)}/registrations/${encodeURIComponent(registrationId)}`,
    { ids: [id, registrationId] },
  );
  const registration = await getRegistration({ actor, id: registrationId });
  if (!registration || registration.movement.id !== id) notFound();
  const { movement } = registration;
  const [t, format, locale] = await Promise.all([getTranslations("registrations"), getFormatter(), getLocale()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const isOpen = isRegistrationOpen(movement, today());
  const card = "rounded-lg border border-stone-200 bg-white p-4";
  return (
    <>
      <Link href={`/movements/${id}`} className="text-brand-700 underline hover:text-brand-800">
        {t("backToMovement")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{registration.unit.name}</h1>
      <p className="mt-1 text-stone-700">
        {t("movementLine", { movement: locale === "en" && movement.nameEn ? movement.nameEn : movement.name })}
      </p>
      <p className="text-sm text-stone-600">
        {t("registeredBy", {
          name: registration.registeredBy.fullName,
          date: format.dateTime(registration.createdAt, { dateStyle: "medium" }),
        })}
        {" · "}
        {t("period", { start: day(movement.startsOn), end: day(movement.endsOn) })}
        {isOpen && movement.registrationEndsOn
          ? ` · ${t("deadline", { date: day(new Date(`${movement.registrationEndsOn}T00:00:00Z`)) })}`
          : ""}
      </p>
      <div className="mt-6 grid max-w-4xl gap-6">
        <div className={card}>
          {isOpen && registration.unit.isActive ? (
            <RegistrationEditForm
              registration={{
                id: registration.id,
                version: registration.version,
                pledge: registration.pledge,
                targets: registration.targets,
              }}
              period={{ startsOn: toDay(movement.startsOn), endsOn: toDay(movement.endsOn) }}
            />
          ) : (
            <section aria-labelledby="pledge-title" className="space-y-3">
              <h2 id="pledge-title" className="text-xl font-semibold">
                {t("editTitle")}
              </h2>
              <p className="rounded border border-stone-300 bg-stone-50 p-3 text-stone-700">
                {isOpen ? t("refusals.unitInactive") : t("pledgeLocked")}
              </p>
              <p className="whitespace-pre-line">{registration.pledge}</p>
              <TargetTable caption={t("table", { unit: registration.unit.name })} targets={registration.targets} />
            </section>
          )}
        </div>
        <div className={card}>
          {mayRecordResults(movement.status) ? (
            <RegistrationResultsForm
              registration={{
                id: registration.id,
                version: registration.version,
                resultsSummary: registration.resultsSummary,
                targets: registration.targets,
              }}
            />
          ) : (
            <section aria-labelledby="results-title" className="space-y-3">
              <h2 id="results-title" className="text-xl font-semibold">
                {t("resultsTitle")}
              </h2>
              <p className="text-stone-700">{t("resultsLocked")}</p>
              <TargetTable caption={t("table", { unit: registration.unit.name })} targets={registration.targets} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
