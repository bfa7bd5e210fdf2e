"use client";

import { useTranslations } from "next-intl";
import { phaseOrder } from "@/lib/movements/rules";
import type { EditorValues } from "./editor-values";

interface Props {
  initial: EditorValues["phases"];
  errors: Record<string, string[]>;
}

/**
 * The six phases in their fixed order, each with a start and an end date (both blank: no such
 * phase). A table to the eye on wide screens; on a phone each phase stacks its two dates.
 */
export function EditorPhases({ initial, errors }: Props) {
  const t = useTranslations("movementAdmin");
  const tPhase = useTranslations("movements.phase");
  const columns = "sm:grid-cols-[minmax(9rem,14rem)_1fr_1fr]";
  return (
    <div className="rounded-lg border border-stone-200 bg-white">
      <div aria-hidden="true" className={`hidden gap-x-3 bg-stone-100 p-2 text-sm font-semibold sm:grid ${columns}`}>
        <span>{t("phase")}</span>
        <span>{t("phaseStart")}</span>
        <span>{t("phaseEnd")}</span>
      </div>
      <div>
        {phaseOrder.map((kind) => (
          <div
            key={kind}
            role="group"
            aria-labelledby={`phase-${kind}`}
            className={`grid grid-cols-2 gap-x-3 gap-y-1 border-t border-stone-200 p-2 text-sm first:border-t-0 sm:items-start sm:first:border-t ${columns}`}
          >
            <span id={`phase-${kind}`} className="col-span-2 font-medium sm:col-span-1 sm:pt-1.5">
              {tPhase(kind)}
            </span>
            <DateCell
              name={`phases.${kind}.startsOn`}
              short={t("phaseStart")}
              label={t("phaseStartLabel", { phase: tPhase(kind) })}
              defaultValue={initial[kind].startsOn}
              errors={errors[`phases.${kind}.startsOn`]}
            />
            <DateCell
              name={`phases.${kind}.endsOn`}
              short={t("phaseEnd")}
              label={t("phaseEndLabel", { phase: tPhase(kind) })}
              defaultValue={initial[kind].endsOn}
              errors={errors[`phases.${kind}.endsOn`]}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

/** A date input named by its phase and column; the short visible label shows where no header row does. */
function DateCell({
  name,
  short,
  label,
  defaultValue,
  errors,
}: {
  name: string;
  short: string;
  label: string;
  defaultValue: string;
  errors?: string[];
}) {
  const t = useTranslations("validation");
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-stone-700 sm:sr-only">
        {short}
      </label>
      <input
        type="date"
        id={id}
        name={name}
        aria-label={label}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="w-full rounded border border-stone-400 px-2 py-1.5 aria-invalid:border-red-600"
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-red-700">
          {errors.map((code) => t(code as never)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
