"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setAllotmentsAction } from "@/app/levels/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { LevelFormMessage } from "./level-form-message";

export interface AllotmentFormRow {
  id: string;
  name: string;
  isLevel: boolean;
  /** Per title: the stored allotment (null: unlimited), what the unit sent up, what it handed out below. */
  cells: Record<string, { quota: number | null; sentUp: number; handedOut: number }>;
}

interface Props {
  movementId: string;
  /** The level handing out; absent for the organiser. */
  allotterUnitId?: string;
  titles: { id: string; name: string }[];
  rows: AllotmentFormRow[];
  canEdit: boolean;
}

/** The allotments a level (or the organiser) hands out: a number per unit and title, blank for unlimited. */
export function AllotmentsForm({ movementId, allotterUnitId, titles, rows, canEdit }: Props) {
  const t = useTranslations("levels");
  const [state, action] = useActionState(setAllotmentsAction, initialFormState);
  const typed = (unitId: string, titleId: string) => state.values?.[`quota.${unitId}.${titleId}`];
  return (
    <form action={action} noValidate className="mt-4 space-y-3">
      <LevelFormMessage state={state} />
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="allotterUnitId" value={allotterUnitId ?? ""} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("allotmentsCaption")}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">
                {t("allotmentsUnit")}
              </th>
              {titles.map((title) => (
                <th key={title.id} scope="col" className="p-2">
                  {title.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-stone-200 align-top">
                <th scope="row" className="p-2 font-normal">
                  <span className="font-semibold">{row.name}</span>
                  <span className="block text-stone-600">
                    {row.isLevel ? t("allotmentsKindLevel") : t("allotmentsKindNominating")}
                  </span>
                </th>
                {titles.map((title) => {
                  const cell = row.cells[title.id] ?? { quota: null, sentUp: 0, handedOut: 0 };
                  const name = `quota.${row.id}.${title.id}`;
                  const id = `allot-${row.id}-${title.id}`;
                  const errors = state.fieldErrors?.[name];
                  return (
                    <td key={title.id} className="p-2">
                      <label htmlFor={id} className="sr-only">
                        {t("allotmentsCell", { title: title.name, unit: row.name })}
                      </label>
                      <input
                        id={id}
                        name={name}
                        inputMode="numeric"
                        disabled={!canEdit}
                        defaultValue={typed(row.id, title.id) ?? (cell.quota === null ? "" : String(cell.quota))}
                        placeholder={t("unlimited")}
                        aria-invalid={errors?.length ? true : undefined}
                        aria-describedby={`${id}-use`}
                        className="w-28 rounded border border-stone-400 px-2 py-1 aria-invalid:border-red-600"
                      />
                      <input
                        type="hidden"
                        name={`was.${row.id}.${title.id}`}
                        value={cell.quota === null ? "" : String(cell.quota)}
                      />
                      <span id={`${id}-use`} className="block text-xs text-stone-600">
                        {t("allotmentsUsed", { used: cell.sentUp })}
                        {cell.handedOut > 0 ? ` · ${t("allotmentsHandedOut", { count: cell.handedOut })}` : ""}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit ? <SubmitButton pendingLabel={t("saving")}>{t("saveAllotments")}</SubmitButton> : null}
    </form>
  );
}
