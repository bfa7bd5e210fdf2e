// The frame of a server action behind a form: who is acting (sent to sign in, back to
// `signInPath`, when nobody is), the form parsed with the action's zod schema, and every
// refusal turned into form state by handleForm (lib/forms.ts). The lib command the action calls
// decides access again: a page that rendered the form is never trusted.
import type { ZodType } from "zod";
import { handleForm, type FormState } from "./forms";
import { requireUser, type Actor } from "./session";

export async function formAction<T, S extends FormState = FormState>(
  formData: FormData,
  options: { signInPath: string; schema: ZodType<T>; secretFields?: readonly string[]; successMessage?: string },
  run: (actor: Actor, input: T) => Promise<S | void>,
): Promise<S | FormState> {
  const actor = await requireUser(options.signInPath);
  return handleForm(formData, options.schema, (input) => run(actor, input), {
    secretFields: options.secretFields,
    successMessage: options.successMessage,
  });
}
