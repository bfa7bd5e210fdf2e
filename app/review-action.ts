// Shared frame of the review-and-decision server actions (council, reviewing, results, posting,
// vote, decision): re-checks who is acting (the lib commands check the policy), parses with
// zod, and turns a ReviewRefusedError into a form state whose `reasons` name the refusal
// (keys of "reviewRefusals"), shown by components/reviews/review-refusals.tsx.
import type { ZodType } from "zod";
import { formValues, handleForm, type FormState } from "@/lib/forms";
import { ReviewRefusedError } from "@/lib/reviews/errors";
import { requireUser, type Actor } from "@/lib/session";

export async function reviewAction<T, S extends FormState = FormState>(
  formData: FormData,
  schema: ZodType<T>,
  signInReturnPath: string,
  run: (actor: Actor, input: T) => Promise<S | void>,
): Promise<S | FormState> {
  const actor = await requireUser(signInReturnPath);
  return handleForm(formData, schema, async (input) => {
    try {
      return await run(actor, input);
    } catch (error) {
      if (!(error instanceof ReviewRefusedError)) throw error;
      // What was typed comes back with the refusal, so the form shows it again.
      return {
        status: "error",
        message: "refused",
        reasons: [{ code: error.reason, values: error.values }],
        values: formValues(formData),
      };
    }
  });
}
