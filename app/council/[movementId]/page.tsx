import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BallotForm } from "@/components/reviews/ballot-form";
import { VoteResults } from "@/components/reviews/vote-results";
import { isUuid } from "@/lib/ids";
import { myBallot } from "@/lib/reviews/voting/queries";
import { requireUser } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vote");
  return { title: t("ballotTitle") };
}

type Props = { params: Promise<{ movementId: string }> };

/** A council member's secret ballot on the shortlist: their own choices while open, the totals once closed. */
export default async function CouncilBallotPage({ params }: Props) {
  const { movementId } = await params;
  const actor = await requireUser(`/council/${movementId}`);
  // Only the council's members: to anyone else the page does not exist.
  const ballot = isUuid(movementId) ? await myBallot({ actor, movementId }) : null;
  if (!ballot) notFound();
  const t = await getTranslations("vote");
  const format = await getFormatter();
  const isEnglish = (await getLocale()) === "en";
  const name = isEnglish && ballot.movement.nameEn ? ballot.movement.nameEn : ballot.movement.name;
  return (
    <>
      <p>
        <Link href="/council" className="text-brand-700 underline">
          {t("backToCouncil")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("ballotHeading", { movement: name })}</h1>
      {!ballot.vote ? <p className="mt-4 text-stone-700">{t("notOpenYet")}</p> : null}
      {ballot.vote?.status === "OPEN" ? (
        <>
          <p id="ballot-secret-note" className="mt-4 max-w-3xl rounded border border-brand-200 bg-brand-50 p-3">
            {t("secretNote")}
          </p>
          {ballot.candidates.length > 0 ? (
            <BallotForm
              movementId={ballot.movement.id}
              candidates={ballot.candidates}
              current={ballot.choices}
              written={ballot.written}
              isEnglish={isEnglish}
            />
          ) : (
            <p className="mt-4 text-stone-700">{t("noCandidates")}</p>
          )}
        </>
      ) : null}
      {ballot.vote?.status === "CLOSED" ? (
        <section className="mt-6" aria-labelledby="results-heading">
          <h2 id="results-heading" className="text-xl font-semibold">
            {t("resultsHeading")}
          </h2>
          {ballot.vote.closedAt ? (
            <p className="mt-1 text-stone-700">
              {t("closedOn", { day: format.dateTime(ballot.vote.closedAt, { dateStyle: "long" }) })}
            </p>
          ) : null}
          <VoteResults
            candidates={ballot.candidates}
            tallies={ballot.tallies}
            membership={ballot.vote.membership}
            isEnglish={isEnglish}
          />
        </section>
      ) : null}
    </>
  );
}
