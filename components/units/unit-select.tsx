"use client";

import { useTranslations } from "next-intl";

export interface UnitOption {
  id: string;
  code: string;
  name: string;
  depth: number;
}

type Props = {
  name: string;
  label: string;
  options: UnitOption[];
  defaultValue: string;
  /** Label of the "no parent" choice; omitted means a parent is required. */
  emptyLabel?: string;
  errors?: string[];
  hint?: string;
};

/** A labelled select of units in tree order, indented by depth, with errors tied to it. */
export function UnitSelect({ name, label, options, defaultValue, emptyLabel, errors, hint }: Props) {
  const t = useTranslations("validation");
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-600"
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {/* Non-breaking spaces: browsers collapse ordinary ones inside <option>. */}
            {`${"\u00a0\u00a0\u00a0".repeat(option.depth)}${option.name} (${option.code})`}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.map((code) => t(code as never)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
