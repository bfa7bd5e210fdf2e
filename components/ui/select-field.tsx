import type { SelectHTMLAttributes } from "react";
import { Field } from "./field";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** Validation codes for this field (FormState.fieldErrors[name]). */
  errors?: string[];
  hint?: string;
};

/** A labelled select whose errors are announced and tied to it, like TextField. */
export function SelectField({ name, label, options, errors, hint, className, ...select }: Props) {
  return (
    <Field name={name} label={label} errors={errors} hint={hint} className={className}>
      {(control) => (
        <select
          {...control}
          className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-600"
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
