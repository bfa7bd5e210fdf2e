"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/forms";
import { levelPaths } from "@/lib/levels/paths";
import { levelDeadlineSchema, routeSettingsSchema } from "@/lib/levels/schemas";
import { setLevelDeadline, updateRouteSettings } from "@/lib/levels/settings";

/** The organiser saves the movement's route: direct or through levels, which units, the working days between deadlines. */
export async function updateRouteSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const movementId = String(formData.get("movementId") ?? "");
  return formAction(formData, { signInPath: "/admin/movements", schema: routeSettingsSchema }, async (actor, input) => {
    const { version } = await updateRouteSettings({ actor, input });
    revalidatePath(levelPaths.routeSettings(input.movementId));
    revalidatePath(levelPaths.overview(input.movementId));
    // The form sends this version next time, so a second save in a row is no false conflict.
    return { status: "success", message: "routeSaved", values: { movementId, version: String(version) } };
  });
}

/** The organiser sets (or clears) one level's own forward deadline. */
export async function setLevelDeadlineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return formAction(
    formData,
    { signInPath: "/admin/movements", schema: levelDeadlineSchema, successMessage: "deadlineSaved" },
    async (actor, input) => {
      await setLevelDeadline({ actor, input });
      revalidatePath(levelPaths.routeSettings(input.movementId));
      revalidatePath(levelPaths.overview(input.movementId));
      revalidatePath("/levels/[movementId]/[unitId]", "page");
    },
  );
}
