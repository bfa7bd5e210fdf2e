"use client";

import { SelectField } from "@/components/ui/select-field";

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

/** A labelled select of units in tree order, indented by depth. */
export function UnitSelect({ options, emptyLabel, ...field }: Props) {
  const choices = options.map((option) => ({
    value: option.id,
    // Non-breaking spaces: browsers collapse ordinary ones inside <option>.
    label: `${"\u00a0\u00a0\u00a0".repeat(option.depth)}${option.name} (${option.code})`,
  }));
  return (
    <SelectField
      {...field}
      options={emptyLabel !== undefined ? [{ value: "", label: emptyLabel }, ...choices] : choices}
    />
  );
}
