// URL parameters of the reviewer's queue (/reviews) and the shareable URL of a queue view.
// Anything malformed falls back to its default rather than failing.
import { z } from "zod";
import { queryEnum, queryId, queryInt, queryText } from "../../validation/search-params";

/** "open": not yet submitted (assigned or in progress), what is left to score. */
export const queueStatusFilters = ["open", "submitted"] as const;
export type QueueStatusFilter = (typeof queueStatusFilters)[number];

export const reviewerQueueParamsSchema = z.object({
  /** "" or absent means every movement; a malformed id is dropped, never a 500. */
  movement: queryId(),
  /** Absent: every assignment, those left to score first. */
  status: queryEnum(queueStatusFilters, undefined),
  /** Part of the nominee's name, with or without diacritics. */
  q: queryText(200),
  // Clamped into 1…pageCount once the total is known.
  page: queryInt({ min: 1, fallback: 1 }),
});
export type ReviewerQueueParams = z.infer<typeof reviewerQueueParamsSchema>;

/** The defaults: every movement and status, no search, first page. */
export const defaultQueueParams: ReviewerQueueParams = reviewerQueueParamsSchema.parse({});

/** The URL of a queue view (defaults left out, so URLs stay short). */
export function queueHref(params: ReviewerQueueParams): string {
  const search = new URLSearchParams();
  if (params.movement) search.set("movement", params.movement);
  if (params.status) search.set("status", params.status);
  if (params.q) search.set("q", params.q);
  if (params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `/reviews?${query}` : "/reviews";
}
