// The live weighted total of a scoring form, as the ranking computes it from submitted reviews
// (lib/reviews/ranking/scores.ts): Σ weight × score / max, over the criteria scored so far.

export interface ScoredCriterion {
  id: string;
  weight: number;
  max: number;
}

/** A typed score as a number when it is one the server would accept (0…max, two decimals, comma or point), else null. */
export function parseScore(text: string, max: number): number | null {
  const value = text.trim().replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null;
  const score = Number(value);
  return score <= max ? score : null;
}

/** The weighted total (0–100, rounded to two decimals) and how many criteria have no valid score yet. */
export function weightedTotal(
  criteria: readonly ScoredCriterion[],
  scores: Readonly<Record<string, string>>,
): { total: number; missing: number } {
  let total = 0;
  let missing = 0;
  for (const criterion of criteria) {
    const score = parseScore(scores[criterion.id] ?? "", criterion.max);
    if (score === null) missing += 1;
    else total += (criterion.weight * score) / criterion.max;
  }
  return { total: Math.round(total * 100) / 100, missing };
}
