// Form and query-string schemas for people. Error messages are codes from lib/forms.ts
// validationCodes, which the UI translates.
import { z } from "zod";
import { roles } from "./roles";
import { locales } from "../i18n/config";

const text = (max: number) => z.string("required").trim().max(max, "tooLong");
const requiredText = (max: number) => text(max).min(1, "required");
/** Empty optional text is stored as null, not "". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((value) => (value ? value : null));
const uuid = z.uuid("invalid");
const version = z.coerce.number("invalid").int("invalid").min(1, "invalid");

export const fullName = requiredText(200);
export const email = z.string("required").trim().min(1, "required").max(254, "tooLong").toLowerCase().pipe(z.email("email"));
const locale = z.enum(locales, "invalid");
const role = z.enum(roles, "invalid");

export const createUserSchema = z.object({
  email,
  fullName,
  position: optionalText(200),
  locale,
  role,
  unitId: uuid,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({ userId: uuid, version, fullName, position: optionalText(200), locale });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const setUserActiveSchema = z.object({ userId: uuid, isActive: z.enum(["true", "false"]).transform((v) => v === "true") });
export const userIdSchema = z.object({ userId: uuid });
export const addRoleSchema = z.object({ userId: uuid, role, unitId: uuid });
export const removeRoleSchema = z.object({ userId: uuid, assignmentId: uuid });

/** Self-service: only these fields; anything else (roles, isActive, email…) is refused. */
export const updateOwnProfileSchema = z.strictObject({ version, fullName, position: optionalText(200), locale });
export type UpdateOwnProfileInput = z.infer<typeof updateOwnProfileSchema>;

export const changeOwnPasswordSchema = z
  .strictObject({
    currentPassword: z.string("required").min(1, "required").max(256, "passwordWrong"),
    // Length and commonness are checked by lib/auth/password-policy.ts, which also needs the person's details.
    newPassword: z.string("required").min(1, "required"),
    confirmPassword: z.string("required").min(1, "required"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { message: "passwordMismatch", path: ["confirmPassword"] });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

const pick = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The list page's URL parameters; anything malformed is ignored rather than an error. */
export const listUsersParamsSchema = z.object({
  q: pick(text(100)),
  role: pick(role),
  unit: pick(uuid),
  status: pick(z.enum(["active", "inactive"])),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type ListUsersParams = z.infer<typeof listUsersParamsSchema>;
