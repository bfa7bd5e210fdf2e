// Validation of the results page: its URL parameters (parsed leniently: a bad value falls back
// to the default, a page number is clamped) and the shortlist form.
import { z } from "zod";
import { queryId, queryPage } from "../../validation/search-params";

export const resultsParamsSchema = z.object({
  title: queryId(),
  unit: queryId(),
  page: queryPage(),
});
export type ResultsParams = z.infer<typeof resultsParamsSchema>;

export const setShortlistedSchema = z.object({
  nominationId: z.uuid({ message: "invalid" }),
  shortlisted: z.enum(["true", "false"], { message: "invalid" }).transform((value) => value === "true"),
});
export type SetShortlistedInput = z.infer<typeof setShortlistedSchema>;
