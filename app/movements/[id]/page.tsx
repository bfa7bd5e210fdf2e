import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MovementTimeline } from "@/components/movements/movement-timeline";
import { NominateLink } from "@/components/nominations/nominate-link";
import { PostingLink } from "@/components/reviews/posting-link";
import { TitleRules } from "@/components/movements/title-rules";
import { MovementRegistrations } from "@/components/registrations/movement-registrations";
import { currentPhase, getMovement } from "@/lib/movements/queries";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { currentViewer } from "@/lib/movements/viewer";
import { can } from "@/lib/policy";

type Params = Promise<{ id: string }>;

async function load(id: string, path: string) {
  // A malformed id is "not found", never a database error.
  if (!isUuid(id)) notFound();
  const movement = await getMovement({ actor: await currentViewer(path), id });
  if (!movement) notFound();
  return movement;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const movement = await load(id, `/movements/${id}`);
  return { title: movement.name, description: movement.slogan ?? undefined };
}

export default async function MovementPage({ params }: { params: Params }) {
  const { id } = await params;
  const movement = await load(id, `/movements/${id}`);
  const canManage = can(await currentViewer(`/movements/${id}`), "movement.manage");
  const [t, tStatus, tAdmin, locale] = await Promise.all([
    getTranslations("movements"),
    getTranslations("movementStatus"),
    getTranslations("movementAdmin"),
    getLocale(),
  ]);
  const isEnglish = locale === "en";
  const phase = currentPhase(movement.phases, today());
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{tStatus(movement.status)}</p>
      <h1 className="text-2xl font-bold">{isEnglish && movement.nameEn ? movement.nameEn : movement.name}</h1>
      {movement.slogan ? (
        <p className="mt-1 italic text-stone-700">
          {isEnglish && movement.sloganEn ? movement.sloganEn : movement.slogan}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-stone-600">
        {t("organizer", { organizer: movement.organizingUnit.name, coverage: movement.coverageUnit.name })}
      </p>
      {canManage ? (
        <Link
          href={`/admin/movements/${movement.id}`}
          className="mt-3 inline-block rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
        >
          {tAdmin("manage")}
        </Link>
      ) : null}
      <NominateLink movementId={movement.id} status={movement.status} />
      <PostingLink movementId={movement.id} viewer={await currentViewer(`/movements/${id}`)} />
      <p className="mt-4 max-w-3xl whitespace-pre-line">{movement.description}</p>

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="text-xl font-semibold">
          {t("timeline")}
        </h2>
        <MovementTimeline phases={movement.phases} currentKind={phase?.kind ?? null} />
      </section>

      <section aria-labelledby="criteria" className="mt-8">
        <h2 id="criteria" className="text-xl font-semibold">
          {t("criteria")}
        </h2>
        <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("criteria")}</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="p-2">
                  {t("criterion")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("weight")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("maxScore")}
                </th>
              </tr>
            </thead>
            <tbody>
              {movement.criteria.map((c) => (
                <tr key={c.id} className="border-t border-stone-200 align-top">
                  <td className="p-2">
                    <span className="font-medium">{isEnglish && c.nameEn ? c.nameEn : c.name}</span>
                    <span className="block text-stone-600">{c.guidance}</span>
                  </td>
                  <td className="p-2 text-right">{t("percent", { value: c.weight / 100 })}</td>
                  <td className="p-2 text-right">{c.maxScore}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="titles" className="mt-8">
        <h2 id="titles" className="text-xl font-semibold">
          {t("titles")}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {movement.awardTitles.map((title) => (
            <li key={title.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">{isEnglish && title.nameEn ? title.nameEn : title.name}</h3>
              <p className="text-sm text-stone-700">{t(`eligibility.${title.eligibility}`)}</p>
              <p className="text-sm text-stone-700">
                {t(title.thresholdStrict ? "thresholdStrict" : "threshold", {
                  value: title.approvalThresholdPercent / 100,
                })}
                {title.quotaTotal !== null ? ` · ${t("quotaTotal", { count: title.quotaTotal })}` : ""}
                {title.quotaPerUnit !== null ? ` · ${t("quotaPerUnit", { count: title.quotaPerUnit })}` : ""}
              </p>
              <TitleRules title={title} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="participants" className="mt-8">
        <h2 id="participants" className="text-xl font-semibold">
          {t("participants", { count: movement.registrations.length })}
        </h2>
        {movement.registrations.length === 0 ? (
          <p className="mt-2 text-stone-600">{t("noParticipants")}</p>
        ) : (
          <ul className="mt-3 columns-1 text-sm sm:columns-2 lg:columns-3">
            {movement.registrations.map((r) => (
              <li key={r.unit.id} className="break-inside-avoid py-0.5">
                {r.unit.name}
              </li>
            ))}
          </ul>
        )}
      </section>

      <MovementRegistrations movementId={movement.id} />

      {movement._count.honorees > 0 ? (
        <p className="mt-8 rounded bg-brand-50 p-4 text-brand-800">
          {t("honorees", { count: movement._count.honorees })}{" "}
          <Link href={`/movements/${movement.id}/honorees`} className="font-semibold underline">
            {t("seeHonorees")}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
