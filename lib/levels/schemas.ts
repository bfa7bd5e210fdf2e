// What the forms of a route send (decision 0012): a level's verdicts on a dossier, its
// consideration and forward, and the organiser's route settings and allotments. Codes are
// keys of "validation".
import { z } from "zod";
import { NominationRoute, RouteLevelSelection } from "../generated/prisma/enums";
import {
  checkbox,
  id,
  integer,
  optionalDay,
  optionalInteger,
  optionalText,
  requiredText,
  version,
} from "../validation/fields";

export const maxLevelCommentLength = 2_000;
/** The most dossiers one forward may take (a level's whole proposal fits). */
export const maxForwardBatch = 500;

/** A verdict names the dossier, the level acting and the movement both belong to (checked against the dossier). */
const level = { movementId: id(), nominationId: id(), unitId: id() };

export const returnAtLevelSchema = z.object({
  ...level,
  version,
  comment: requiredText(maxLevelCommentLength, { min: 5 }),
});
export type ReturnAtLevelInput = z.infer<typeof returnAtLevelSchema>;

export const notForwardSchema = z.object({
  ...level,
  version,
  reason: requiredText(maxLevelCommentLength, { min: 5 }),
});
export type NotForwardInput = z.infer<typeof notForwardSchema>;

/** An endorsement with the level's comment and its order (rank 1 first); blank rank: unranked. */
export const endorseSchema = z.object({
  ...level,
  levelVersion: version,
  comment: optionalText(maxLevelCommentLength),
  rank: optionalInteger({ min: 1, max: 100_000 }),
});
export type EndorseInput = z.infer<typeof endorseSchema>;

const count = integer({ min: 0, max: 10_000 });

/** The level council's vote: members present, for, against, out of its total membership. */
export const considerationSchema = z
  .object({
    movementId: id(),
    unitId: id(),
    totalMembers: integer({ min: 1, max: 10_000 }),
    membersPresent: count,
    votesFor: count,
    votesAgainst: count,
    note: optionalText(maxLevelCommentLength),
  })
  .superRefine((value, context) => {
    if (value.membersPresent > value.totalMembers)
      context.addIssue({ code: "custom", path: ["membersPresent"], message: "presentOverTotal" });
    if (value.votesFor + value.votesAgainst > value.membersPresent)
      context.addIssue({ code: "custom", path: ["votesAgainst"], message: "votesOverPresent" });
  });
export type ConsiderationInput = z.infer<typeof considerationSchema>;

/** The dossiers ticked for forwarding: "selected.<nominationId>" = "on". */
export const forwardSchema = z.object({
  movementId: id(),
  unitId: id(),
  selected: z
    .record(z.guid({ error: "invalid" }), checkbox, { error: "invalid" })
    .default({})
    .transform((ticks) => Object.entries(ticks).flatMap(([nominationId, isTicked]) => (isTicked ? [nominationId] : [])))
    .refine((ids) => ids.length > 0, "nothingSelected")
    .refine((ids) => ids.length <= maxForwardBatch, "tooLong"),
});
export type ForwardInput = z.infer<typeof forwardSchema>;

export const routeSettingsSchema = z.object({
  movementId: id(),
  version,
  route: z.enum(NominationRoute, { error: "required" }),
  routeSelection: z.enum(RouteLevelSelection, { error: "required" }),
  levelLeadWorkingDays: integer({ min: 0, max: 60, code: "workingDaysOutOfRange" }),
  /** CHOSEN_UNITS: "levels.<unitId>" = "on" for each chosen unit. */
  levels: z.record(z.guid({ error: "invalid" }), checkbox, { error: "invalid" }).default({}),
});
export type RouteSettingsInput = z.infer<typeof routeSettingsSchema>;

/** A level's own forward deadline; blank: counted back from the level above. */
export const levelDeadlineSchema = z.object({ movementId: id(), unitId: id(), forwardBy: optionalDay() });
export type LevelDeadlineInput = z.infer<typeof levelDeadlineSchema>;

/** A quota cell as typed: blank for unlimited. */
const quotaCell = optionalInteger({ min: 0, max: 100_000, code: "quotaNegative" });

/**
 * The allotments a level (or the organiser, with no allotter) hands out: "quota.<unitId>.<titleId>"
 * as typed, and "was.<unitId>.<titleId>" as the form showed it, so a value someone else changed
 * meanwhile is a conflict instead of being overwritten unseen.
 */
export const allotmentsSchema = z.object({
  movementId: id(),
  allotterUnitId: z.preprocess((value) => (value === "" ? undefined : value), id().optional()),
  quota: z.record(z.guid({ error: "invalid" }), z.record(z.guid({ error: "invalid" }), quotaCell)).default({}),
  was: z.record(z.guid({ error: "invalid" }), z.record(z.guid({ error: "invalid" }), quotaCell)).default({}),
});
export type AllotmentsInput = z.infer<typeof allotmentsSchema>;
