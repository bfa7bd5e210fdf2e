"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodType } from "zod";
import { formValues, handleForm, type FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import { recordResults, registerUnit, updateRegistration } from "@/lib/registrations/commands";
import { RegistrationRefusedError } from "@/lib/registrations/errors";
import { recordResultsSchema, registerUnitSchema, updateRegistrationSchema } from "@/lib/registrations/schemas";
import { requireUser, type Actor } from "@/lib/session";

/**
 * Shared frame of the registration actions: re-checks who is acting (never trusting the page
 * that rendered the form; the commands check the policy), parses with `schema`, and turns
 * registration refusals into messages (keys of "registrations.refusals").
 */
async function registrationAction<T>(
  formData: FormData,
  schema: ZodType<T>,
  run: (actor: Actor, input: T) => Promise<FormState | void>,
): Promise<FormState> {
  const actor = await requireUser("/movements");
  const values = formValues(formData);
  return handleForm(formData, schema, async (input) => {
    try {
      return await run(actor, input);
    } catch (error) {
      if (error instanceof RegistrationRefusedError) return { status: "error", message: error.reason, values };
      throw error;
    }
  });
}

function revalidateRegistration(movementId: string, registrationId: string) {
  revalidatePath("/movements");
  revalidatePath(`/movements/${movementId}`);
  revalidatePath(`/movements/${movementId}/registrations/${registrationId}`);
}

/** Registers a unit for a movement with its pledge and targets, then opens the registration. */
export async function registerUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let created: { id: string; movementId: string } | undefined;
  const state = await registrationAction(formData, registerUnitSchema, async (actor, input) => {
    const { id } = await registerUnit({ actor, today: today(), ...input });
    created = { id, movementId: input.movementId };
  });
  if (!created) return state;
  revalidateRegistration(created.movementId, created.id);
  redirect(`/movements/${created.movementId}/registrations/${created.id}`);
}

/** Changes a registration's pledge and targets while registration is open. */
export async function updateRegistrationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return registrationAction(formData, updateRegistrationSchema, async (actor, input) => {
    const { movementId } = await updateRegistration({ actor, today: today(), ...input });
    revalidateRegistration(movementId, input.id);
  });
}

/** Records the results achieved against each target, and a summary. */
export async function recordResultsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return registrationAction(formData, recordResultsSchema, async (actor, input) => {
    const { movementId } = await recordResults({ actor, ...input });
    revalidateRegistration(movementId, input.id);
    return { status: "success", message: "resultsSaved" };
  });
}
