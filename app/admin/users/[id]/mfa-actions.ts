"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { resetMfa, type MfaFormState } from "@/lib/auth/mfa";
import { handleForm } from "@/lib/forms";
import { getCurrentUser } from "@/lib/session";

const resetSchema = z.object({ userId: z.string().uuid() });

/** An administrator resets someone's two-factor sign-in (lib/auth/mfa.ts resetMfa checks "user.manage"). */
export async function resetMfaAction(_previous: MfaFormState, formData: FormData): Promise<MfaFormState> {
  const actor = await getCurrentUser();
  if (!actor) return { status: "error", message: "unauthenticated" };
  return handleForm(formData, resetSchema, async ({ userId }) => {
    await resetMfa({ actor, userId });
    revalidatePath(`/admin/users/${userId}`);
    return { status: "success" };
  });
}
