import { getFormatter, getTranslations } from "next-intl/server";
import type { ScoreCriterion } from "./score-form";
import { weightedTotal } from "./score-total";

interface Props {
  criteria: ScoreCriterion[];
  scores: Record<string, { score: string; comment: string }>;
  overallComment: string | null;
  /** Why it is read-only, already in words. */
  notice: string;
}

/** A review as text: each criterion's score and comment, the overall comment and the weighted total. */
export async function ScoreReadOnly({ criteria, scores, overallComment, notice }: Props) {
  const [t, format] = await Promise.all([getTranslations("reviewing"), getFormatter()]);
  const { total } = weightedTotal(criteria, Object.fromEntries(Object.entries(scores).map(([id, s]) => [id, s.score])));
  return (
    <section
      aria-labelledby="score-readonly-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="score-readonly-heading" className="text-lg font-semibold">
        {t("formHeading")}
      </h2>
      <p className="rounded border border-stone-300 bg-stone-50 p-3 text-stone-700">{notice}</p>
      <dl className="space-y-3">
        {criteria.map((criterion) => {
          const entry = scores[criterion.id];
          return (
            <div key={criterion.id}>
              <dt className="font-medium">
                {t("criterionLabel", {
                  n: criterion.n,
                  name: criterion.name,
                  weight: criterion.weight,
                  max: criterion.max,
                })}
              </dt>
              <dd>
                <span className="font-semibold">
                  {entry?.score
                    ? `${format.number(Number(entry.score), { maximumFractionDigits: 2 })}/${criterion.max}`
                    : t("noScore")}
                </span>
                {entry?.comment ? <p className="whitespace-pre-line text-stone-700">{entry.comment}</p> : null}
              </dd>
            </div>
          );
        })}
        {overallComment ? (
          <div>
            <dt className="font-medium">{t("overallLabel")}</dt>
            <dd className="whitespace-pre-line">{overallComment}</dd>
          </div>
        ) : null}
      </dl>
      <p className="text-lg font-semibold">
        {t("total", { total: format.number(total, { maximumFractionDigits: 2 }) })}
      </p>
    </section>
  );
}
