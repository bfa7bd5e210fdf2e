"use server";

import { revalidatePath } from "next/cache";
import { handleForm, submittedFields, type FormState } from "@/lib/forms";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/users/commands";
import { addRole, removeRole } from "@/lib/users/role-commands";
import {
  addRoleSchema,
  createUserSchema,
  removeRoleSchema,
  setUserActiveSchema,
  updateUserSchema,
  userIdSchema,
} from "@/lib/users/schemas";

/** FormState plus what an admin must see exactly once: a new account's temporary password. */
export interface UserFormState extends FormState {
  temporaryPassword?: string;
  userId?: string;
}

const refused: FormState = { status: "error", message: "forbidden" };

/** The signed-in administrator, or null (the action then answers "forbidden"). */
async function manager(path: string) {
  const actor = await requireUser(path);
  return can(actor, "user.manage") ? actor : null;
}

/** Creates an account; the temporary password travels back once in the action state, nowhere else. */
export async function createUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const actor = await manager("/admin/users/new");
  if (!actor) return refused;
  const fields = submittedFields(formData);
  let created: { userId: string; temporaryPassword: string } | undefined;
  const state = await handleForm(fields, createUserSchema, async (input) => {
    created = await createUser({ actor, input });
  });
  if (!created) return state;
  revalidatePath("/admin/users");
  return { status: "success", message: "saved", ...created };
}

export async function updateUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await manager("/admin/users");
  if (!actor) return refused;
  const fields = submittedFields(formData);
  let version: number | undefined;
  const state = await handleForm(fields, updateUserSchema, async (input) => {
    ({ version } = await updateUser({ actor, input }));
  });
  if (state.status !== "success" || version === undefined) return state;
  revalidatePath(`/admin/users/${String(fields.get("userId"))}`);
  // The form sends this version next time, so a second save in a row is not a false conflict.
  return { ...state, values: { ...state.values, version: String(version) } };
}

export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await manager("/admin/users");
  if (!actor) return refused;
  const fields = submittedFields(formData);
  const state = await handleForm(fields, setUserActiveSchema, (input) => setUserActive({ actor, ...input }));
  if (state.status === "success") revalidatePath(`/admin/users/${String(fields.get("userId"))}`);
  return state;
}

export async function resetPasswordAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const actor = await manager("/admin/users");
  if (!actor) return refused;
  let temporaryPassword: string | undefined;
  const state = await handleForm(submittedFields(formData), userIdSchema, async (input) => {
    ({ temporaryPassword } = await resetPassword({ actor, userId: input.userId }));
  });
  return temporaryPassword ? { ...state, temporaryPassword } : state;
}

export async function addRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await manager("/admin/users");
  if (!actor) return refused;
  const fields = submittedFields(formData);
  const state = await handleForm(fields, addRoleSchema, (input) => addRole({ actor, ...input }));
  if (state.status === "success") revalidatePath(`/admin/users/${String(fields.get("userId"))}`);
  return state;
}

export async function removeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await manager("/admin/users");
  if (!actor) return refused;
  const fields = submittedFields(formData);
  const state = await handleForm(fields, removeRoleSchema, (input) => removeRole({ actor, ...input }));
  if (state.status === "success") revalidatePath(`/admin/users/${String(fields.get("userId"))}`);
  return state;
}
