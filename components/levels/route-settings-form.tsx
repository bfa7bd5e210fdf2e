"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { updateRouteSettingsAction } from "@/app/admin/movements/[id]/route/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";
import { LevelFormMessage } from "./level-form-message";

interface Props {
  movement: {
    id: string;
    version: number;
    route: "DIRECT" | "LEVELS";
    routeSelection: "EVERY_OFFICER_UNIT" | "CHOSEN_UNITS";
    levelLeadWorkingDays: number;
  };
  topDeadline: string;
  candidates: { id: string; name: string; depth: number; isChosen: boolean }[];
  isFrozen: boolean;
}

const radio = "size-4 accent-brand-700";

/** How a movement's dossiers travel: straight to the organiser, or through levels (every officer's unit, or chosen ones). */
export function RouteSettingsForm({ movement, topDeadline, candidates, isFrozen }: Props) {
  const t = useTranslations("levels");
  const [state, action] = useActionState(updateRouteSettingsAction, initialFormState);
  const [route, setRoute] = useState(state.values?.route ?? movement.route);
  const [selection, setSelection] = useState(state.values?.routeSelection ?? movement.routeSelection);
  const version = state.values?.version ?? String(movement.version);
  const isChosen = (id: string) =>
    state.values ? state.values[`levels.${id}`] === "on" : candidates.find((c) => c.id === id)?.isChosen;
  return (
    <form action={action} noValidate className="mt-4 max-w-3xl space-y-4">
      <LevelFormMessage state={state} />
      <input type="hidden" name="movementId" value={movement.id} />
      <input type="hidden" name="version" value={version} />
      <fieldset disabled={isFrozen} className="space-y-4 disabled:opacity-80">
        <fieldset>
          <legend className="font-medium">{t("routeMode")}</legend>
          {(["DIRECT", "LEVELS"] as const).map((value) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="route"
                value={value}
                checked={route === value}
                onChange={() => setRoute(value)}
                className={radio}
              />
              {t(`routeModes.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-medium">{t("routeSelection")}</legend>
          {(["EVERY_OFFICER_UNIT", "CHOSEN_UNITS"] as const).map((value) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="routeSelection"
                value={value}
                checked={selection === value}
                onChange={() => setSelection(value)}
                className={radio}
              />
              {t(`routeSelections.${value}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          name="levelLeadWorkingDays"
          label={t("leadDays")}
          hint={t("leadDaysHint", { deadline: new Date(`${topDeadline}T00:00:00.000Z`) })}
          inputMode="numeric"
          defaultValue={state.values?.levelLeadWorkingDays ?? String(movement.levelLeadWorkingDays)}
          errors={state.fieldErrors?.levelLeadWorkingDays}
          className="max-w-md"
        />
        {route === "LEVELS" && selection === "CHOSEN_UNITS" ? (
          <fieldset>
            <legend className="font-medium">{t("chooseLevels")}</legend>
            <ul className="mt-1 max-h-96 space-y-1 overflow-y-auto rounded border border-stone-200 bg-white p-2">
              {candidates.map((unit) => (
                <li key={unit.id} style={{ paddingInlineStart: `${(unit.depth - 1) * 1.25}rem` }}>
                  <label className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={`levels.${unit.id}`}
                      defaultChecked={isChosen(unit.id)}
                      className="size-4 accent-brand-700"
                    />
                    {unit.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
      </fieldset>
      {isFrozen ? null : <SubmitButton pendingLabel={t("saving")}>{t("saveRoute")}</SubmitButton>}
    </form>
  );
}
