"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms";

// Outcomes only unit forms produce; everything else is a shared "forms" message.
const unitOutcomes = [
  "created",
  "moved",
  "deactivated",
  "reactivated",
  "inUse",
  "hasActiveChildren",
  "parentInactive",
] as const;
type UnitOutcome = (typeof unitOutcomes)[number];

const isUnitOutcome = (message: string | undefined): message is UnitOutcome =>
  (unitOutcomes as readonly (string | undefined)[]).includes(message);

/** FormMessage that also knows the unit-specific outcomes (keys of "units.outcomes"). */
export function UnitFormMessage({ state }: { state: FormState }) {
  const t = useTranslations("units.outcomes");
  if (!isUnitOutcome(state.message)) return <FormMessage state={state} />;
  const isError = state.status === "error";
  return (
    <p
      role={isError ? "alert" : "status"}
      className={
        isError
          ? "rounded border border-red-300 bg-red-50 p-3 text-red-800"
          : "rounded border border-green-300 bg-green-50 p-3 text-green-900"
      }
    >
      {t(state.message)}
    </p>
  );
}
