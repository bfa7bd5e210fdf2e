"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodType } from "zod";
import { formValues, handleForm, type FormState } from "@/lib/forms";
import { can } from "@/lib/policy";
import { requireUser } from "@/lib/session";
import { createUnit, deleteUnit, moveUnit, setUnitActive, updateUnit } from "@/lib/units/commands";
import { UnitRefusedError } from "@/lib/units/errors";
import {
  createUnitSchema,
  deleteUnitSchema,
  moveUnitSchema,
  setUnitActiveSchema,
  updateUnitSchema,
} from "@/lib/units/schemas";

type Actor = Awaited<ReturnType<typeof requireUser>>;

/**
 * Shared frame of every unit action: re-checks who is acting (never trusting the page that
 * rendered the form), parses with `schema`, and turns unit refusals into unit-specific
 * messages (field errors are handleForm's job) (keys of "units.outcomes", see components/units/unit-form-message.tsx).
 */
async function unitAction<T>(
  formData: FormData,
  schema: ZodType<T>,
  run: (actor: Actor, input: T) => Promise<FormState | void>,
  successMessage?: string,
): Promise<FormState> {
  const actor = await requireUser("/admin/units");
  const values = formValues(formData);
  if (!can(actor, "unit.manage")) return { status: "error", message: "forbidden", values };
  return handleForm(
    formData,
    schema,
    async (input) => {
      try {
        return await run(actor, input);
      } catch (error) {
        if (error instanceof UnitRefusedError) return { status: "error", message: error.reason, values };
        throw error;
      }
    },
    { successMessage },
  );
}

function revalidateUnits(id?: string) {
  revalidatePath("/admin/units");
  if (id) {
    revalidatePath(`/admin/units/${id}`);
    revalidatePath(`/units/${id}`);
  }
}

/** Creates a unit, then opens it. */
export async function createUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let createdId: string | undefined;
  const state = await unitAction(formData, createUnitSchema, async (actor, input) => {
    createdId = (await createUnit({ actor, ...input })).id;
  });
  if (!createdId) return state;
  revalidateUnits();
  redirect(`/admin/units/${createdId}`);
}

/** Renames a unit or changes its code. */
export async function updateUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return unitAction(formData, updateUnitSchema, async (actor, input) => {
    await updateUnit({ actor, ...input });
    revalidateUnits(input.id);
  });
}

/** Moves a unit (and its subtree) under another parent. */
export async function moveUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return unitAction(
    formData,
    moveUnitSchema,
    async (actor, input) => {
      await moveUnit({ actor, ...input });
      revalidateUnits(input.id);
    },
    "moved",
  );
}

/** Deactivates or reactivates a unit. */
export async function setUnitActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return unitAction(formData, setUnitActiveSchema, async (actor, input) => {
    await setUnitActive({ actor, ...input });
    revalidateUnits(input.id);
    return { status: "success", message: input.isActive ? "reactivated" : "deactivated" };
  });
}

/** Deletes an unused unit, then returns to the list. */
export async function deleteUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let deleted = false;
  const state = await unitAction(formData, deleteUnitSchema, async (actor, input) => {
    await deleteUnit({ actor, ...input });
    deleted = true;
  });
  if (!deleted) return state;
  revalidateUnits();
  redirect("/admin/units");
}
