"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldError, formValues, handleForm, submittedFields, type FormState } from "@/lib/forms";
import { localeCookieName } from "@/lib/i18n/config";
import { requestClientAddress } from "@/lib/security/client-address";
import { requireUser } from "@/lib/session";
import { changeOwnPasswordSchema, updateOwnProfileSchema } from "@/lib/users/schemas";
import { changeOwnPassword, updateOwnProfile } from "@/lib/users/self-service";

const profileFields = ["version", "fullName", "position", "locale"];
const passwordFields = ["currentPassword", "newPassword", "confirmPassword"];

/** A crafted post with fields this form does not have (roles, isActive, email…) is refused, not ignored. */
function unexpectedField(fields: FormData, allowed: readonly string[]): string | undefined {
  return [...fields.keys()].find((key) => !allowed.includes(key));
}

/** Saves one's own name, position and language, and switches the interface to that language. */
export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser("/account");
  const fields = submittedFields(formData);
  const extra = unexpectedField(fields, profileFields);
  if (extra) return fieldError(extra, "notAllowed", formValues(fields));
  let version: number | undefined;
  const state = await handleForm(fields, updateOwnProfileSchema, async (input) => {
    const saved = await updateOwnProfile({ actor, userId: actor.id, input });
    version = saved.version;
    (await cookies()).set(localeCookieName, saved.locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
    });
  });
  if (state.status !== "success" || version === undefined) return state;
  revalidatePath("/", "layout");
  // The form sends this version next time, so a second save in a row is not a false conflict.
  return { ...state, values: { ...state.values, version: String(version) } };
}

/** Changes one's own password; every session ends, so the person signs in again with it. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser("/account/password", { pendingStep: "password" });
  const fields = submittedFields(formData);
  const extra = unexpectedField(fields, passwordFields);
  if (extra) return fieldError(extra, "notAllowed");
  // Passwords are never echoed back: handleForm's default secret fields.
  const ip = await requestClientAddress();
  const state = await handleForm(fields, changeOwnPasswordSchema, (input) =>
    changeOwnPassword({ actor, userId: actor.id, input, ip }),
  );
  if (state.status !== "success") return state;
  redirect("/sign-in?reason=password-changed");
}
