"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleForm, type FormState } from "@/lib/forms";
import { FileRefusedError } from "@/lib/nominations/file-rules";
import { removeNominationFile } from "@/lib/nominations/files";
import { requireUser } from "@/lib/session";

const removeNominationFileSchema = z.object({ fileId: z.uuid("notFound") });

/**
 * Removes a file from a dossier (kept in its history). Answers "removed", a refusal of
 * "nominationFiles.refusals" (the dossier is no longer open to changes), or a "forms" message.
 */
export async function removeNominationFileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser("/nominations");
  return handleForm(formData, removeNominationFileSchema, async ({ fileId }) => {
    try {
      const { nominationId } = await removeNominationFile({ actor, fileId });
      revalidatePath(`/nominations/${nominationId}`);
      return { status: "success", message: "removed" };
    } catch (error) {
      if (error instanceof FileRefusedError) return { status: "error", message: error.reason };
      throw error;
    }
  });
}
