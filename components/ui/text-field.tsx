import type { InputHTMLAttributes } from "react";
import { Field } from "./field";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: string;
  /** Validation codes for this field (FormState.fieldErrors[name]). */
  errors?: string[];
  hint?: string;
  /** Tells the ids apart when the same form repeats on a page. */
  idPrefix?: string;
};

/** A labelled input whose errors are announced and tied to it (aria-describedby). */
export function TextField({ name, label, errors, hint, className, idPrefix, ...input }: Props) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint} className={className} idPrefix={idPrefix}>
      {(control) => (
        <input
          {...control}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-600"
          {...input}
        />
      )}
    </Field>
  );
}
