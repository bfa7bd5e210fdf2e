// Validation of unit forms and list parameters. Messages are codes from `validationCodes`
// (lib/forms.ts) so the UI can say them in either language.
import { z } from "zod";
import { optionalId, optionalInteger, requiredText, storableText, version } from "../validation/fields";
import { queryEnum, queryInt, queryText } from "../validation/search-params";

/** Any 8-4-4-4-12 hex id PostgreSQL accepts as uuid; anything else is "not found", never a 500. */
export const unitIdSchema = z.guid({ error: "unitNotFound" });

const name = requiredText(200);
// Short codes appear in reports and URLs of other systems: plain ASCII, upper case.
const code = storableText()
  .toUpperCase()
  .min(1, "required")
  .max(20, "tooLong")
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, "invalid");
/** "" (or absent) means a top-level unit. */
const parentId = optionalId("unitNotFound");

/**
 * Staff count, for quotas given as a share of a unit's headcount. Blank clears it; a request
 * without the field leaves it as it is.
 */
const headcount = optionalInteger({ min: 0, max: 10_000_000, code: "invalid" }).optional();

export const createUnitSchema = z.object({ name, code, parentId, headcount });
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({ id: unitIdSchema, version, name, code, headcount });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const moveUnitSchema = z.object({ id: unitIdSchema, version, parentId });
export type MoveUnitInput = z.infer<typeof moveUnitSchema>;

export const setUnitActiveSchema = z.object({
  id: unitIdSchema,
  version,
  isActive: z.enum(["true", "false"], { error: "invalid" }).transform((value) => value === "true"),
});
export type SetUnitActiveInput = z.infer<typeof setUnitActiveSchema>;

export const deleteUnitSchema = z.object({ id: unitIdSchema, version });
export type DeleteUnitInput = z.infer<typeof deleteUnitSchema>;

export const unitStatusFilters = ["active", "inactive", "all"] as const;
export type UnitStatusFilter = (typeof unitStatusFilters)[number];

/** URL parameters of the unit list; anything malformed falls back to a default rather than failing. */
export const listUnitsParamsSchema = z.object({
  q: queryText(200),
  // Clamped to the last page once the total is known.
  page: queryInt({ min: 1, fallback: 1 }),
  status: queryEnum(unitStatusFilters, "active"),
});
export type ListUnitsParams = z.infer<typeof listUnitsParamsSchema>;
