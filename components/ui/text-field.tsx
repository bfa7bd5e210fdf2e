"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: string;
  /** Validation codes for this field (FormState.fieldErrors[name]). */
  errors?: string[];
  hint?: string;
};

/** A labelled input whose errors are announced and tied to it (aria-describedby). */
export function TextField({ name, label, errors, hint, className, ...input }: Props) {
  const t = useTranslations("validation");
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
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
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-stone-400 px-3 py-2 aria-invalid:border-red-600"
        {...input}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.map((code) => t(code as never)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
