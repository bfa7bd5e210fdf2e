"use client";

import type { TextareaHTMLAttributes } from "react";
import { Field } from "./field";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  name: string;
  label: string;
  /** Validation codes for this field (FormState.fieldErrors[name]). */
  errors?: string[];
  hint?: string;
  /** Tells the ids apart when the same form repeats on a page. */
  idPrefix?: string;
};

/** A labelled multi-line text input whose errors are announced and tied to it, like TextField. */
export function TextAreaField({ name, label, errors, hint, className, idPrefix, rows = 4, ...textarea }: Props) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint} className={className} idPrefix={idPrefix}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-600"
          {...textarea}
        />
      )}
    </Field>
  );
}
