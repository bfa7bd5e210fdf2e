// No "use client": a server component renders it on the server (the public roster's filter
// form ships no JavaScript for it), a client component in its bundle.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** What a field's control needs to be tied to its label, hint and errors. */
export interface FieldControlProps {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface Props {
  name: string;
  label: string;
  /** Validation codes (FormState.fieldErrors[name]), said in the active language. */
  errors?: string[];
  hint?: string;
  className?: string;
  /** Tells the ids apart when the same form repeats on a page (one per table row). */
  idPrefix?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** Label, optional hint, the control, and its announced errors: the frame of every form field. */
export function Field({ name, label, errors, hint, className, idPrefix, children }: Props) {
  const t = useTranslations("validation");
  const id = `${idPrefix ?? "field"}-${name}`;
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {children({ id, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.map((code) => t(code as never)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
