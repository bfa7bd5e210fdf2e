import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DecisionPanel } from "@/components/reviews/decision-panel";
import { ReviewNav } from "@/components/reviews/review-nav";
import { VoteCloseForm } from "@/components/reviews/vote-close-form";
import { VoteOpenForm } from "@/components/reviews/vote-open-form";
import { VoteProgressTables } from "@/components/reviews/vote-progress";
import { VoteResults } from "@/components/reviews/vote-results";
import { VoteWrittenForm } from "@/components/reviews/vote-written-form";
import { fromDay, toDay, today } from "@/lib/movements/days";
import { readReviewMovement } from "@/lib/reviews/locks";
import { postingLastDay, stageAllows, voteOpeningStages } from "@/lib/reviews/stage";
import { voteProgress } from "@/lib/reviews/voting/queries";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vote");
  return { title: t("adminTitle") };
}

type Props = { params: Promise<{ id: string }> };

const dayAfter = (day: string) => toDay(new Date(fromDay(day).getTime() + 86_400_000));

/** The council vote of a movement for administrators: open it, follow who has voted (never how), record written ballots, close it, read the totals. */
export default async function MovementVotePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(`/admin/movements/${id}/vote`, { action: "movement.manage", ids: [id] });
  const movement = await readReviewMovement(id, today());
  if (!movement) notFound();
  const t = await getTranslations("vote");
  const tStage = await getTranslations("reviewStages");
  const format = await getFormatter();
  const isEnglish = (await getLocale()) === "en";
  const progress = await voteProgress({ actor, movementId: movement.id });
  const formatDay = (day: string) => format.dateTime(fromDay(day), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
      <p className="mt-1 text-stone-700">{movement.name}</p>
      <ReviewNav movementId={movement.id} current="vote" />
      <p className="mt-4 text-stone-700">{t("stageNow", { stage: tStage(movement.stage) })}</p>

      {!progress ? (
        <section className="mt-4" aria-labelledby="open-heading">
          <h2 id="open-heading" className="text-xl font-semibold">
            {t("openHeading")}
          </h2>
          <p className="mt-1 max-w-3xl text-stone-700">
            {movement.posting
              ? t("opensFrom", { day: formatDay(dayAfter(postingLastDay(movement.posting, movement.holidays))) })
              : t("postFirst")}
          </p>
          {stageAllows(movement.stage, voteOpeningStages) ? <VoteOpenForm movementId={movement.id} /> : null}
        </section>
      ) : null}

      {progress?.vote.status === "OPEN" ? (
        <>
          <section className="mt-6" aria-labelledby="progress-heading">
            <h2 id="progress-heading" className="text-xl font-semibold">
              {t("progressHeading")}
            </h2>
            <p className="mt-1 max-w-3xl text-stone-700">{t("progressNote")}</p>
            <p className="mt-1 text-stone-700">
              {progress.quorum.need > 0
                ? t("quorumStatus", {
                    have: progress.quorum.have,
                    need: progress.quorum.need,
                    membership: progress.vote.membership,
                  })
                : t("noQuorum", { have: progress.quorum.have, membership: progress.vote.membership })}
            </p>
            <div className="mt-4">
              <VoteProgressTables progress={progress} isEnglish={isEnglish} />
            </div>
          </section>
          <section className="mt-8" aria-labelledby="written-heading">
            <h2 id="written-heading" className="text-xl font-semibold">
              {t("writtenHeading")}
            </h2>
            <p className="mt-1 max-w-3xl text-stone-700">{t("writtenNote")}</p>
            <VoteWrittenForm
              movementId={movement.id}
              members={progress.members.map((m) => ({ id: m.id, name: m.name }))}
              candidates={progress.candidates.map((c) => ({ id: c.id, name: c.nomineeName }))}
            />
          </section>
          <section className="mt-8" aria-labelledby="close-heading">
            <h2 id="close-heading" className="text-xl font-semibold">
              {t("closeHeading")}
            </h2>
            <VoteCloseForm movementId={movement.id} />
          </section>
        </>
      ) : null}

      {progress?.vote.status === "CLOSED" ? (
        <>
          <section className="mt-6" aria-labelledby="results-heading">
            <h2 id="results-heading" className="text-xl font-semibold">
              {t("resultsHeading")}
            </h2>
            {progress.vote.closedAt ? (
              <p className="mt-1 text-stone-700">
                {t("closedOn", { day: format.dateTime(progress.vote.closedAt, { dateStyle: "long" }) })}
              </p>
            ) : null}
            <VoteResults
              candidates={progress.candidates}
              tallies={progress.tallies}
              membership={progress.vote.membership}
              isEnglish={isEnglish}
            />
          </section>
          <section className="mt-8" aria-labelledby="attendance-heading">
            <h2 id="attendance-heading" className="text-xl font-semibold">
              {t("attendanceHeading")}
            </h2>
            <div className="mt-2">
              <VoteProgressTables progress={progress} isEnglish={isEnglish} />
            </div>
          </section>
        </>
      ) : null}
      {movement.stage === "voteClosed" || movement.stage === "decided" ? (
        <DecisionPanel movementId={movement.id} />
      ) : null}
    </>
  );
}
