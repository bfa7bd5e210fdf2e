"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodType } from "zod";
import { handleForm, type FormState } from "@/lib/forms";
import { today } from "@/lib/movements/days";
import {
  createDraftNomination,
  returnNomination,
  saveDraftNomination,
  submitNomination,
  withdrawNomination,
} from "@/lib/nominations/commands";
import { NominationRefusedError } from "@/lib/nominations/errors";
import {
  createNominationSchema,
  returnNominationSchema,
  saveNominationSchema,
  submitNominationSchema,
  withdrawNominationSchema,
} from "@/lib/nominations/schemas";
import { requireUser, type Actor } from "@/lib/session";

/** What a save answers: the version the dossier now has and when it was saved (for autosave's status line). */
export interface SaveNominationState extends FormState {
  version?: number;
  savedAt?: string;
}

/**
 * Shared frame of the nomination actions: re-checks who is acting (the commands check the
 * policy), parses with `schema`, and turns a refused submission into one reason per problem,
 * each naming the field it concerns so the form can link to it (keys of "nominationProblems").
 */
async function nominationAction<T, S extends FormState>(
  formData: FormData,
  schema: ZodType<T>,
  run: (actor: Actor, input: T) => Promise<S | void>,
): Promise<S | FormState> {
  const actor = await requireUser("/nominations");
  return handleForm(formData, schema, async (input) => {
    try {
      return await run(actor, input);
    } catch (error) {
      if (!(error instanceof NominationRefusedError)) throw error;
      return {
        status: "error",
        message: "refused",
        reasons: error.problems.map((problem) => ({
          code: problem.code,
          values: { ...problem.values, ...(problem.field ? { field: problem.field } : {}) },
        })),
      };
    }
  });
}

function revalidateNomination(id: string) {
  revalidatePath("/nominations");
  revalidatePath(`/nominations/${id}`);
}

/** Starts a draft (who, from which unit, for which title) and opens its dossier. */
export async function createDraftNominationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | undefined;
  const state = await nominationAction(formData, createNominationSchema, async (actor, input) => {
    createdId = (await createDraftNomination({ actor, input, today: today() })).id;
  });
  if (!createdId) return state;
  revalidatePath("/nominations");
  redirect(`/nominations/${createdId}`);
}

/**
 * Saves the whole dossier as the form shows it (Save button and autosave). A stale version is a
 * conflict: nothing is written and the form keeps what was typed.
 */
export async function saveNominationAction(_previous: FormState, formData: FormData): Promise<SaveNominationState> {
  return nominationAction(formData, saveNominationSchema, async (actor, input): Promise<SaveNominationState> => {
    const { version } = await saveDraftNomination({ actor, input });
    // The dossier's own form keeps what is typed through the re-render; the rest of the page (withdraw) takes the new version.
    revalidateNomination(input.id);
    return { status: "success", message: "saved", version, savedAt: new Date().toISOString() };
  });
}

/** Submits the dossier as of `version`; a repeated submit of the same version records nothing new. */
export async function submitNominationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return nominationAction(formData, submitNominationSchema, async (actor, input) => {
    await submitNomination({ actor, input, today: today() });
    revalidateNomination(input.id);
    return { status: "success", message: "submitted" };
  });
}

/** Withdraws the nomination before review starts. */
export async function withdrawNominationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return nominationAction(formData, withdrawNominationSchema, async (actor, input) => {
    await withdrawNomination({ actor, input });
    revalidateNomination(input.id);
    return { status: "success", message: "withdrawn" };
  });
}

/** An administrator returns a submitted dossier for revision, with a comment the officer is notified of. */
export async function returnNominationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return nominationAction(formData, returnNominationSchema, async (actor, input) => {
    await returnNomination({ actor, input });
    revalidateNomination(input.id);
    revalidatePath("/notifications");
    return { status: "success", message: "returned" };
  });
}
