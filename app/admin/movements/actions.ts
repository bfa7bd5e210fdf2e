"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodType } from "zod";
import { formValues, handleForm, type FormState } from "@/lib/forms";
import { copyMovement, createMovement, transitionMovement, updateMovement } from "@/lib/movements/commands";
import { today } from "@/lib/movements/days";
import { MovementRefusedError } from "@/lib/movements/errors";
import { refusalReasons } from "@/lib/movements/refusals";
import {
  copyMovementSchema,
  createMovementSchema,
  transitionMovementSchema,
  updateMovementSchema,
} from "@/lib/movements/schemas";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";

type Actor = Awaited<ReturnType<typeof requireUser>>;

/**
 * Shared frame of every movement action: re-checks who is acting (never trusting the page
 * that rendered the form), parses with `schema`, and turns a movement's refusals into
 * localized reasons (keys of "movementAdmin.refusals"); field errors are handleForm's job.
 */
async function movementAction<T>(
  formData: FormData,
  schema: ZodType<T>,
  run: (actor: Actor, input: T) => Promise<FormState | void>,
): Promise<FormState> {
  const actor = await requireUser("/movements");
  const values = formValues(formData);
  if (!can(actor, "movement.manage")) return { status: "error", message: "forbidden", values };
  return handleForm(formData, schema, async (input) => {
    try {
      return await run(actor, input);
    } catch (error) {
      if (error instanceof MovementRefusedError)
        return { status: "error", message: "refused", reasons: refusalReasons(error.refusals), values };
      throw error;
    }
  });
}

function revalidateMovement(id?: string) {
  revalidatePath("/movements");
  if (id) {
    revalidatePath(`/movements/${id}`);
    revalidatePath(`/admin/movements/${id}`);
  }
}

/** Creates a draft movement, then opens its editor. */
export async function createMovementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | undefined;
  const state = await movementAction(formData, createMovementSchema, async (actor, input) => {
    createdId = (await createMovement({ actor, input })).id;
  });
  if (!createdId) return state;
  revalidateMovement(createdId);
  redirect(`/admin/movements/${createdId}`);
}

/** Saves an edited definition (refused when someone else saved first). */
export async function updateMovementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return movementAction(formData, updateMovementSchema, async (actor, input) => {
    await updateMovement({ actor, input });
    revalidateMovement(input.id);
  });
}

/** Moves a movement one step along its lifecycle, checked against today's date. */
export async function transitionMovementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return movementAction(formData, transitionMovementSchema, async (actor, input) => {
    await transitionMovement({ actor, input, today: today() });
    revalidateMovement(input.id);
    return { status: "success", message: "transitioned" };
  });
}

/**
 * The copy forms prefix their fields ("cycle.code", "newVersion.code") so that they and the
 * editor can share one page without clashing field ids; the schema reads plain names.
 */
function unprefixed(formData: FormData): FormData {
  const plain = new FormData();
  for (const [key, value] of formData.entries()) plain.append(key.replace(/^(cycle|newVersion)\./, ""), value);
  return plain;
}

/** Copies a movement as the template of a new cycle or as a new version, then opens the copy. */
export async function copyMovementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | undefined;
  const state = await movementAction(unprefixed(formData), copyMovementSchema, async (actor, input) => {
    createdId = (await copyMovement({ actor, input })).id;
  });
  if (!createdId) return state;
  revalidateMovement(createdId);
  redirect(`/admin/movements/${createdId}`);
}
