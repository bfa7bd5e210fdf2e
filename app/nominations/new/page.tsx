import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewNominationForm } from "@/components/nominations/new-nomination-form";
import { isUuid } from "@/lib/ids";
import { today, toDay } from "@/lib/movements/days";
import { getMovement, listMovements } from "@/lib/movements/queries";
import { listNominationTitles, listNominationUnits } from "@/lib/nominations/queries";
import { type Actor, requirePermission } from "@/lib/session";

type Props = { searchParams: Promise<{ movementId?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nominations.create");
  return { title: t("pageTitle") };
}

/** Open movements covering at least one of the officer's units (few at a time: one unit query each). */
async function nominatingMovements(actor: Actor) {
  const open = (await listMovements({ actor })).filter((movement) => movement.status === "OPEN");
  const covered = await Promise.all(
    open.map(async (movement) =>
      (await listNominationUnits({ actor, movementId: movement.id })).length > 0 ? movement : null,
    ),
  );
  return covered.filter((movement) => movement !== null);
}

/** Start a nomination: officers only (others: not found). Choose the movement, then who is nominated and for which title. */
export default async function NewNominationPage({ searchParams }: Props) {
  const { movementId: raw } = await searchParams;
  const movementId = typeof raw === "string" ? raw : undefined;
  const actor = await requirePermission(
    `/nominations/new${movementId ? `?movementId=${encodeURIComponent(movementId)}` : ""}`,
    { action: "nomination.create" },
  );
  const [t, format, locale, movements] = await Promise.all([
    getTranslations("nominations.create"),
    getFormatter(),
    getLocale(),
    nominatingMovements(actor),
  ]);
  const nameOf = (movement: { name: string; nameEn: string | null }) =>
    locale === "en" && movement.nameEn ? movement.nameEn : movement.name;
  const chosen = movementId ? movements.find((movement) => movement.id === movementId) : undefined;
  if (movementId && (!isUuid(movementId) || !chosen)) notFound();

  if (!chosen) {
    return (
      <>
        <Link href="/nominations" className="text-brand-700 underline hover:text-brand-800">
          {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("pageTitle")}</h1>
        <p className="mt-1 text-stone-700">{t("chooseMovement")}</p>
        {movements.length === 0 ? (
          <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4">{t("noMovement")}</p>
        ) : (
          <ul className="mt-6 grid max-w-3xl gap-3">
            {movements.map((movement) => (
              <li key={movement.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <Link
                  href={`/nominations/new?movementId=${movement.id}`}
                  className="font-semibold text-brand-700 underline hover:text-brand-800"
                >
                  {nameOf(movement)}
                </Link>
                <p className="text-sm text-stone-600">{movement.organizingUnit.name}</p>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  const [detail, titles, units] = await Promise.all([
    getMovement({ actor, id: chosen.id }),
    listNominationTitles({ actor, movementId: chosen.id }),
    listNominationUnits({ actor, movementId: chosen.id }),
  ]);
  const phase = detail?.phases.find((p) => p.kind === "NOMINATION");
  const day = today();
  const isOpen = !phase || (toDay(phase.startsOn) <= day && day <= toDay(phase.endsOn));
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <Link href={`/movements/${chosen.id}`} className="text-brand-700 underline hover:text-brand-800">
        {t("backToMovement")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="mt-1 text-stone-700">{t("movementLine", { movement: nameOf(chosen) })}</p>
      {phase ? (
        <p className="text-sm text-stone-600">{t("phase", { start: date(phase.startsOn), end: date(phase.endsOn) })}</p>
      ) : null}
      {movements.length > 1 ? (
        <Link
          href="/nominations/new"
          className="mt-1 inline-block text-sm text-brand-700 underline hover:text-brand-800"
        >
          {t("otherMovement")}
        </Link>
      ) : null}
      {!isOpen ? (
        <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4">{t("closed")}</p>
      ) : (
        <div className="mt-6 max-w-3xl rounded-lg border border-stone-200 bg-white p-4">
          <p className="mb-4 text-stone-700">{t("intro")}</p>
          <NewNominationForm movementId={chosen.id} titles={titles} units={units} />
        </div>
      )}
    </>
  );
}
