// Form and query-string schemas for people. Error messages are codes from lib/forms.ts
// validationCodes, which the UI translates.
import { z } from "zod";
import { passwordMaxLength } from "../auth/password-policy";
import { roles } from "./roles";
import { locales } from "../i18n/config";
import { optionalText, requiredText, storableText, version } from "../validation/fields";
import { optionalQueryText, queryEnum, queryId, queryPage } from "../validation/search-params";

const uuid = z.uuid("invalid");

export const fullName = requiredText(200);
export const email = storableText().min(1, "required").max(254, "tooLong").toLowerCase().pipe(z.email("email"));
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

export const setUserActiveSchema = z.object({
  userId: uuid,
  isActive: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const userIdSchema = z.object({ userId: uuid });
export const addRoleSchema = z.object({ userId: uuid, role, unitId: uuid });
export const removeRoleSchema = z.object({ userId: uuid, assignmentId: uuid });

/** Self-service: only these fields; anything else (roles, isActive, email…) is refused. */
export const updateOwnProfileSchema = z.strictObject({ version, fullName, position: optionalText(200), locale });
export type UpdateOwnProfileInput = z.infer<typeof updateOwnProfileSchema>;

export const changeOwnPasswordSchema = z
  .strictObject({
    currentPassword: storableText({ trim: false }).min(1, "required").max(256, "passwordWrong"),
    // Length and commonness are checked by lib/auth/password-policy.ts, which also needs the person's details;
    // a password far beyond its limit is refused here, before anything else is looked at.
    newPassword: storableText({ trim: false }).min(1, "required").max(passwordMaxLength, "passwordTooLong"),
    confirmPassword: storableText({ trim: false }).min(1, "required"),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    message: "passwordMismatch",
    path: ["confirmPassword"],
  });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

/** The list page's URL parameters; anything malformed is ignored rather than an error. */
export const listUsersParamsSchema = z.object({
  q: optionalQueryText(100),
  role: queryEnum(roles, undefined),
  unit: queryId(),
  status: queryEnum(["active", "inactive"], undefined),
  page: queryPage(),
});
export type ListUsersParams = z.infer<typeof listUsersParamsSchema>;
