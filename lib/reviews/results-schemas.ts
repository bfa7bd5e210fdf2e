// Validation of the results page: its URL parameters (parsed leniently: a bad value falls back
// to the default, a page number is clamped) and the shortlist form.
import { z } from "zod";

const optionalUuid = z.uuid().optional().catch(undefined);

export const resultsParamsSchema = z.object({
  title: optionalUuid,
  unit: optionalUuid,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type ResultsParams = z.infer<typeof resultsParamsSchema>;

/** The first value of a repeated URL parameter, as Next hands them over. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export const setShortlistedSchema = z.object({
  nominationId: z.uuid({ message: "invalid" }),
  shortlisted: z.enum(["true", "false"], { message: "invalid" }).transform((value) => value === "true"),
});
export type SetShortlistedInput = z.infer<typeof setShortlistedSchema>;
