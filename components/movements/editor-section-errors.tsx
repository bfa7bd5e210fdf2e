"use client";

import { useTranslations } from "next-intl";

/** Errors that belong to a whole section ("criteria": the weights do not add up to 100). */
export function SectionErrors({ name, errors }: { name: string; errors?: string[] }) {
  const t = useTranslations("validation");
  if (!errors?.length) return null;
  return (
    <p
      id={`field-${name}-error`}
      data-section-error
      tabIndex={-1}
      className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800"
    >
      {errors.map((code) => t(code as never)).join(" ")}
    </p>
  );
}
