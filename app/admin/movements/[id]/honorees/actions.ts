"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ZodType } from "zod";
import { formValues, handleForm } from "@/lib/forms";
import { isUuid } from "@/lib/ids";
import { RosterRefusedError } from "@/lib/roster/errors";
import { publishRoster, revokeHonoree, unpublishRoster } from "@/lib/roster/publishing";
import {
  publishRosterSchema,
  revokeHonoreeSchema,
  unpublishRosterSchema,
  type RosterFormState,
} from "@/lib/roster/publishing-schemas";
import { id } from "@/lib/validation/fields";
import { requireUser, type Actor } from "@/lib/session";

/**
 * The frame of the roster actions: who is acting (the lib commands check the policy), zod
 * parsing with field errors, and a RosterRefusedError turned into `reasons` (keys of
 * "rosterAdmin.refusals") with what was typed echoed back.
 */
async function rosterAction<T>(
  formData: FormData,
  schema: ZodType<T>,
  returnPath: string,
  run: (actor: Actor, input: T) => Promise<RosterFormState>,
): Promise<RosterFormState> {
  const actor = await requireUser(returnPath);
  return handleForm(formData, schema, async (input) => {
    try {
      return await run(actor, input);
    } catch (error) {
      if (!(error instanceof RosterRefusedError)) throw error;
      return { status: "error", message: "refused", reasons: [{ code: error.reason }], values: formValues(formData) };
    }
  });
}

const adminPath = (movementId: string) => `/admin/movements/${encodeURIComponent(movementId)}/honorees`;

/** Every page that shows the movement's honorees, or counts them: they may have appeared or gone. */
function revalidateRoster(movementId: string, profilePath: string) {
  for (const path of [
    "/",
    "/honorees",
    `/movements/${movementId}`,
    `/movements/${movementId}/honorees`,
    "/dashboard",
    "/admin/merit",
    adminPath(movementId),
  ])
    revalidatePath(path);
  if (profilePath === "/honorees/[id]") revalidatePath(profilePath, "page");
  else revalidatePath(profilePath);
}

/** An administrator publishes the movement's decision on the roster, for everyone or for signed-in members. */
export async function publishRosterAction(_previous: RosterFormState, formData: FormData): Promise<RosterFormState> {
  const movementId = String(formData.get("movementId") ?? "");
  return rosterAction(formData, publishRosterSchema, adminPath(movementId), async (actor, input) => {
    const { honorees } = await publishRoster({ actor, input });
    revalidateRoster(input.movementId, "/honorees/[id]");
    return { status: "success", message: "published", count: honorees };
  });
}

/** An administrator takes the movement's honorees off the roster, giving a reason. */
export async function unpublishRosterAction(_previous: RosterFormState, formData: FormData): Promise<RosterFormState> {
  const movementId = String(formData.get("movementId") ?? "");
  return rosterAction(formData, unpublishRosterSchema, adminPath(movementId), async (actor, input) => {
    const { honorees } = await unpublishRoster({ actor, input });
    revalidateRoster(input.movementId, "/honorees/[id]");
    return { status: "success", message: "unpublished", count: honorees };
  });
}

/** An administrator revokes one recognition (reason and revoking decision), then returns to the movement's honorees. */
export async function revokeHonoreeAction(_previous: RosterFormState, formData: FormData): Promise<RosterFormState> {
  const movementId = String(formData.get("movementId") ?? "");
  // Filled in by a successful revocation (a closure's assignment, so kept on an object).
  const done: { movementId?: string; honoreeId?: string } = {};
  // The form names its movement (where to go next): a malformed one is a field error too.
  const schema = revokeHonoreeSchema.extend({ movementId: id() });
  const state = await rosterAction(
    formData,
    schema,
    isUuid(movementId) ? adminPath(movementId) : "/admin/merit",
    async (actor, input) => {
      const result = await revokeHonoree({ actor, input });
      done.movementId = result.movementId;
      done.honoreeId = input.honoreeId;
      return { status: "success" };
    },
  );
  if (!done.movementId || !done.honoreeId) return state;
  revalidateRoster(done.movementId, `/honorees/${done.honoreeId}`);
  // Outside the form frame: redirect() works by throwing.
  redirect(`${adminPath(done.movementId)}?revoked=${done.honoreeId}`);
}
