// URL parameters of the reviewer's queue (/reviews) and the shareable URL of a queue view.
// Anything malformed falls back to its default rather than failing.
import { z } from "zod";

/** "open": not yet submitted (assigned or in progress), what is left to score. */
export const queueStatusFilters = ["open", "submitted"] as const;
export type QueueStatusFilter = (typeof queueStatusFilters)[number];

const firstString = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const reviewerQueueParamsSchema = z.object({
  /** "" or absent means every movement; a malformed id is dropped, never a 500. */
  movement: z.preprocess((value) => firstString(value) || undefined, z.guid().optional()).catch(undefined),
  /** Absent: every assignment, those left to score first. */
  status: z.preprocess((value) => firstString(value) || undefined, z.enum(queueStatusFilters).optional()).catch(undefined),
  /** Part of the nominee's name, with or without diacritics. */
  q: z.preprocess((value) => firstString(value) ?? "", z.string().trim().max(200)).catch(""),
  // Clamped into 1…pageCount once the total is known.
  page: z.preprocess(firstString, z.coerce.number().int()).catch(1),
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
