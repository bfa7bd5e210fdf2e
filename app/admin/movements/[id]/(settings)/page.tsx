import type { Metadata } from "next";
import Link from "next/link";
import { ReviewNav } from "@/components/reviews/review-nav";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditorCopyForm } from "@/components/movements/editor-copy-form";
import { EditorLifecycle } from "@/components/movements/editor-lifecycle";
import { nextVersionCode, storedEditorValues } from "@/components/movements/editor-values";
import { MovementForm } from "@/components/movements/movement-form";
import { isUuid } from "@/lib/ids";
import { toDay, today } from "@/lib/movements/days";
import { checkTransition, nextStatus, transitionSubjectOf } from "@/lib/movements/lifecycle";
import { getMovementForEditing, type MovementForEditing } from "@/lib/movements/queries";
import { refusalReasons } from "@/lib/movements/refusals";
import { requirePermission } from "@/lib/session";
import { listParentOptions } from "@/lib/units/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("movementAdmin");
  return { title: t("editTitle") };
}

/** Why the next lifecycle step is not possible today (the server checks again when confirmed). */
function blockersOf(movement: MovementForEditing, next: NonNullable<ReturnType<typeof nextStatus>>) {
  const subject = transitionSubjectOf({ ...movement, titleCount: movement.awardTitles.length });
  const refusals = checkTransition(subject, next, today());
  return refusalReasons(refusals);
}

export default async function EditMovementPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(`/admin/movements/${encodeURIComponent(id)}`, { action: "movement.manage" });
  // A malformed id would make PostgreSQL's uuid cast fail (500): answer 404 before querying.
  if (!isUuid(id)) notFound();
  const movement = await getMovementForEditing(id);
  if (!movement) notFound();
  const [t, tStatus, tRoster, activeUnits] = await Promise.all([
    getTranslations("movementAdmin"),
    getTranslations("movementStatus"),
    getTranslations("rosterAdmin"),
    listParentOptions({ actor }),
  ]);
  // The stored units stay selectable even when deactivated since, so the form never silently swaps them.
  const units = [...activeUnits];
  for (const unit of [movement.organizingUnit, movement.coverageUnit])
    if (!units.some((u) => u.id === unit.id)) units.push(unit);

  const next = nextStatus(movement.status);
  const startsOn = toDay(movement.startsOn);
  // A new cycle usually starts the day after this one ends (2019–2024, then 2025–2030).
  const nextCycleStart = toDay(new Date(movement.endsOn.getTime() + 86_400_000));
  const isFrozen = movement._count.nominations > 0;
  const card = "rounded-lg border border-stone-200 bg-white p-4";
  return (
    <>
      <p className="flex flex-wrap gap-x-4">
        <Link href={`/movements/${movement.id}`} className="text-brand-700 underline hover:text-brand-800">
          {t("viewPage")}
        </Link>
        <Link
          href={`/admin/movements/${movement.id}/nominations`}
          className="text-brand-700 underline hover:text-brand-800"
        >
          {t("nominationsLink", { count: movement._count.nominations })}
        </Link>
        {["DECISION", "PUBLISHED", "ARCHIVED"].includes(movement.status) ? (
          <Link
            href={`/admin/movements/${movement.id}/honorees`}
            className="text-brand-700 underline hover:text-brand-800"
          >
            {tRoster("link")}
          </Link>
        ) : null}
      </p>
      {movement.status !== "DRAFT" ? <ReviewNav movementId={movement.id} /> : null}
      <h1 className="mt-2 text-2xl font-bold">{movement.name}</h1>
      <p className="mt-1 text-stone-700">
        {t("summary", {
          code: movement.code,
          status: tStatus(movement.status),
          registrations: movement._count.registrations,
          nominations: movement._count.nominations,
        })}
      </p>
      {movement.copiedFrom ? (
        <p className="mt-1 text-stone-700">
          {t.rich("copiedFrom", {
            name: movement.copiedFrom.name,
            link: (chunks) => (
              <Link
                href={`/admin/movements/${movement.copiedFrom!.id}`}
                className="text-brand-700 underline hover:text-brand-800"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {movement.status === "ARCHIVED" ? (
        <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{t("archivedNote")}</p>
      ) : null}

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <EditorLifecycle
          movement={{ id: movement.id, version: movement.version, name: movement.name, status: movement.status }}
          next={next === "DRAFT" ? null : next}
          blockers={next && next !== "DRAFT" ? blockersOf(movement, next) : []}
        />
        <div className={card}>
          <EditorCopyForm
            sourceId={movement.id}
            kind="cycle"
            defaults={{ code: "", name: movement.name, startsOn: nextCycleStart }}
          />
        </div>
        {isFrozen ? (
          <div className={card}>
            <EditorCopyForm
              sourceId={movement.id}
              kind="newVersion"
              defaults={{ code: nextVersionCode(movement.code), name: movement.name, startsOn }}
            />
          </div>
        ) : null}
      </div>

      <MovementForm
        initial={storedEditorValues(movement)}
        units={units}
        movement={{ id: movement.id, version: movement.version, nominationCount: movement._count.nominations }}
      />
    </>
  );
}
