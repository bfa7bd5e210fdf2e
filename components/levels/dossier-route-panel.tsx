import { getFormatter, getTranslations } from "next-intl/server";
import type { DossierRoute } from "@/lib/levels/dossier-route";
import { LevelStateBadge } from "./level-state-badge";

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** Where a dossier is on its route, its levels, their comments and votes, and its whole history (decision 0012). */
export async function DossierRoutePanel({ route }: { route: DossierRoute }) {
  const [t, format] = await Promise.all([getTranslations("levels"), getFormatter()]);
  const holder = route.holder;
  return (
    <section aria-labelledby="route-title" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="route-title" className="text-lg font-semibold">
        {t("routePanel")}
      </h2>
      <p className="mt-1" role="status">
        {holder.kind === "level"
          ? t("holderLevel", {
              unit: holder.unitName,
              since: holder.since ?? new Date(),
              state: holder.state ? t(`states.${holder.state}`) : "",
              deadline: day(holder.deadline),
            })
          : holder.kind === "organiser"
            ? t("holderOrganiser", { organizer: route.organizerName })
            : holder.kind === "stopped"
              ? t("holderStopped", { unit: holder.unitName })
              : t(`holderNominating.${holder.reason}`)}
      </p>
      {route.levels.length > 0 ? (
        <ol aria-label={t("routeLevelsCaption")} className="mt-3 flex flex-wrap items-center gap-2">
          {route.levels.map((level, index) => (
            <li key={level.unitId} className="flex items-center gap-2">
              {index > 0 ? <span aria-hidden="true">→</span> : null}
              <span className="rounded border border-stone-200 px-2 py-1">
                {level.unitName}{" "}
                {level.state ? (
                  <LevelStateBadge state={level.state} />
                ) : (
                  <span className="text-sm text-stone-600">({t("routeNotReached")})</span>
                )}
              </span>
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span aria-hidden="true">→</span>
            <span className="rounded border border-stone-200 px-2 py-1">{route.organizerName}</span>
          </li>
        </ol>
      ) : null}
      {route.endorsements.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold">{t("endorsementsTitle")}</h3>
          <ul className="mt-1 space-y-1">
            {route.endorsements.map((endorsement) => (
              <li key={endorsement.unitName}>
                <span className="font-semibold">{endorsement.unitName}</span>
                {endorsement.rank !== null ? ` (#${format.number(endorsement.rank)})` : ""}
                {endorsement.comment ? `: ${endorsement.comment}` : ""}
                {endorsement.vote ? (
                  <span className="block text-stone-700">{t("endorsementVote", endorsement.vote)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {route.history.length > 0 ? (
        <>
          <h3 className="mt-4 font-semibold">{t("historyTitle")}</h3>
          <ol className="mt-1 space-y-2">
            {route.history.map((step, index) => (
              <li key={index} className="border-l-2 border-stone-300 pl-3">
                <time dateTime={step.at.toISOString()} className="text-sm text-stone-600">
                  {format.dateTime(step.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <p>
                  {t(`steps.${step.kind}`, { unit: step.unitName, to: step.toUnitName ?? t("organiser") })}
                  {step.actorName ? (
                    <span className="text-stone-600"> {t("stepBy", { actor: step.actorName })}</span>
                  ) : null}
                </p>
                {step.comment ? <p className="whitespace-pre-line text-stone-700">{step.comment}</p> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
