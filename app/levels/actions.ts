"use server";

import { revalidatePath } from "next/cache";
import { forbidden } from "@/lib/errors";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/forms";
import { setAllotments } from "@/lib/levels/allotment-commands";
import { forwardFromLevel, recordConsideration } from "@/lib/levels/forward";
import { storeMinutes } from "@/lib/levels/minutes";
import {
  allotmentsSchema,
  considerationSchema,
  endorseSchema,
  forwardSchema,
  notForwardSchema,
  returnAtLevelSchema,
} from "@/lib/levels/schemas";
import { endorseAtLevel, notForwardAtLevel, returnAtLevel } from "@/lib/levels/verdicts";
import { today } from "@/lib/movements/days";
import { canActAtLevel } from "@/lib/policy";
import { fileStorage } from "@/lib/storage";
import { levelPaths } from "@/lib/levels/paths";

/** Every page that shows where these dossiers are: the level's inbox, the dossiers, the lists. */
function revalidateLevel(movementId: string, unitId: string) {
  revalidatePath(levelPaths.inbox(movementId, unitId));
  revalidatePath("/levels");
  revalidatePath("/nominations/[id]", "page");
  revalidatePath("/nominations");
}

/** The level returns a dossier to its nominating unit, with reasons. */
export async function returnAtLevelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(
    formData,
    { signInPath: "/levels", schema: returnAtLevelSchema, successMessage: "returned" },
    async (actor, input) => {
      await returnAtLevel({ actor, input });
      revalidateLevel(input.movementId, input.unitId);
    },
  );
}

/** The level endorses a dossier with its comment and order. */
export async function endorseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(
    formData,
    { signInPath: "/levels", schema: endorseSchema, successMessage: "endorsed" },
    async (actor, input) => {
      await endorseAtLevel({ actor, input });
      revalidateLevel(input.movementId, input.unitId);
    },
  );
}

/** The level does not forward a dossier, giving the reason. */
export async function notForwardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(
    formData,
    { signInPath: "/levels", schema: notForwardSchema, successMessage: "notForwarded" },
    async (actor, input) => {
      await notForwardAtLevel({ actor, input });
      revalidateLevel(input.movementId, input.unitId);
    },
  );
}

/** The level records its council's consideration, with its minutes PDF when attached. */
export async function recordConsiderationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("minutes");
  const fields = new FormData();
  for (const [key, value] of formData.entries()) if (key !== "minutes") fields.append(key, value);
  return formAction(
    fields,
    { signInPath: "/levels", schema: considerationSchema, successMessage: "considerationRecorded" },
    async (actor, input) => {
      // Nothing is stored for someone who may not record it (the command checks again).
      if (!canActAtLevel(actor, input.unitId)) throw forbidden();
      const minutes = await storeMinutes(file);
      if ("refusal" in minutes)
        return { status: "error", message: "fixErrors", fieldErrors: { minutes: [minutes.refusal] } };
      try {
        await recordConsideration({ actor, input, minutes: minutes.stored });
      } catch (error) {
        if (minutes.stored) await fileStorage().delete(minutes.stored.key);
        throw error;
      }
      revalidateLevel(input.movementId, input.unitId);
    },
  );
}

/** The level forwards the dossiers it ticked, as one proposal. */
export async function forwardAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(formData, { signInPath: "/levels", schema: forwardSchema }, async (actor, input) => {
    const { forwarded } = await forwardFromLevel({ actor, input, today: today() });
    revalidateLevel(input.movementId, input.unitId);
    return { status: "success", message: "forwarded", messageValues: { count: forwarded } };
  });
}

/** A level (or, with no allotter, the organiser) hands out its allotments. */
export async function setAllotmentsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(
    formData,
    { signInPath: "/levels", schema: allotmentsSchema, successMessage: "allotmentsSaved" },
    async (actor, input) => {
      await setAllotments({ actor, input });
      revalidatePath(
        input.allotterUnitId
          ? levelPaths.allotments(input.movementId, input.allotterUnitId)
          : levelPaths.organiserAllotments(input.movementId),
      );
      revalidatePath("/levels");
    },
  );
}
