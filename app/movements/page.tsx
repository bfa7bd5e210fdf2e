import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listMovements } from "@/lib/movements/queries";
import { can } from "@/lib/policy";
import { currentViewer } from "@/lib/movements/viewer";
import { officerCoverage } from "@/lib/registrations/queries";
import { RegistrationStatus } from "@/components/registrations/registration-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("movements");
  return { title: t("title") };
}

export default async function MovementsPage() {
  const actor = await currentViewer("/movements");
  const [t, tStatus, tAdmin, format, locale] = await Promise.all([
    getTranslations("movements"),
    getTranslations("movementStatus"),
    getTranslations("movementAdmin"),
    getFormatter(),
    getLocale(),
  ]);
  const movements = await listMovements({ actor });
  const coverage = await officerCoverage({ actor, movementIds: movements.map((m) => m.id) });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("intro")}</p>
      {can(actor, "movement.manage") ? (
        <Link
          href="/admin/movements/new"
          className="mt-3 inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {tAdmin("newMovement")}
        </Link>
      ) : null}
      {movements.length === 0 ? <p className="mt-6 text-stone-600">{t("empty")}</p> : null}
      <ul className="mt-6 space-y-3">
        {movements.map((m) => (
          <li key={m.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/movements/${m.id}`} className="underline-offset-2 hover:underline">
                  {locale === "en" && m.nameEn ? m.nameEn : m.name}
                </Link>
              </h2>
              <span className="rounded bg-stone-100 px-2 py-0.5 text-sm">{tStatus(m.status)}</span>
            </div>
            {m.slogan ? <p className="text-sm italic text-stone-700">{m.slogan}</p> : null}
            <p className="mt-1 text-sm text-stone-600">
              {t("summary", {
                start: format.dateTime(m.startsOn, { dateStyle: "medium", timeZone: "UTC" }),
                end: format.dateTime(m.endsOn, { dateStyle: "medium", timeZone: "UTC" }),
                organizer: m.organizingUnit.name,
                units: m._count.registrations,
              })}
            </p>
            <RegistrationStatus movementId={m.id} units={coverage.get(m.id)} />
          </li>
        ))}
      </ul>
    </>
  );
}
