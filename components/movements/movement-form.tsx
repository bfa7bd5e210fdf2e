"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { createMovementAction, updateMovementAction } from "@/app/admin/movements/actions";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { UnitSelect, type UnitOption } from "@/components/units/unit-select";
import { initialFormState } from "@/lib/forms";
import { EditorCriteria } from "./editor-criteria";
import { EditorFrozen } from "./editor-frozen";
import { EditorMessage } from "./editor-message";
import { EditorPhases } from "./editor-phases";
import { EditorTitles } from "./editor-titles";
import type { EditorValues } from "./editor-values";

interface Props {
  initial: EditorValues;
  units: UnitOption[];
  /** The stored movement being edited (absent: a new one). `version` is always the server's latest. */
  movement?: { id: string; version: number; nominationCount: number };
}

/**
 * The whole definition of a movement in one form. Its fields keep what was typed across a
 * server refusal: the form is submitted by hand (no automatic form reset), and repeated rows
 * live in state, so a refused save loses nothing.
 */
export function MovementForm({ initial, units, movement }: Props) {
  const t = useTranslations("movementAdmin");
  const [state, dispatch, isPending] = useActionState(
    movement ? updateMovementAction : createMovementAction,
    initialFormState,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  const isFrozen = (movement?.nominationCount ?? 0) > 0;

  // After a refusal, take the keyboard to the first field the server marked.
  useEffect(() => {
    if (state.status !== "error") return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-section-error]')?.focus();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  return (
    <form ref={formRef} method="post" onSubmit={submit} noValidate aria-busy={isPending} className="mt-6 space-y-8">
      <EditorMessage state={state} />
      {movement ? (
        <>
          <input type="hidden" name="id" value={movement.id} />
          {/* The version the page was rendered from: a save over someone else's is refused (optimistic concurrency). */}
          <input type="hidden" name="version" value={movement.version} />
        </>
      ) : null}

      <section aria-labelledby="editor-general" className="space-y-4">
        <h2 id="editor-general" className="text-xl font-semibold">
          {t("generalTitle")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="code"
            label={t("code")}
            hint={t("codeHint")}
            defaultValue={initial.code}
            errors={errors.code}
            maxLength={40}
            autoCapitalize="characters"
          />
          <SelectField
            name="visibility"
            label={t("visibility")}
            defaultValue={initial.visibility}
            errors={errors.visibility}
            options={[
              { value: "PUBLIC", label: t("visibilityPUBLIC") },
              { value: "STAFF", label: t("visibilitySTAFF") },
            ]}
          />
          <TextField name="name" label={t("name")} defaultValue={initial.name} errors={errors.name} maxLength={200} />
          <TextField
            name="nameEn"
            label={t("nameEn")}
            defaultValue={initial.nameEn}
            errors={errors.nameEn}
            maxLength={200}
            lang="en"
          />
          <TextField
            name="slogan"
            label={t("slogan")}
            defaultValue={initial.slogan}
            errors={errors.slogan}
            maxLength={300}
          />
          <TextField
            name="sloganEn"
            label={t("sloganEn")}
            defaultValue={initial.sloganEn}
            errors={errors.sloganEn}
            maxLength={300}
            lang="en"
          />
          <TextAreaField
            name="description"
            label={t("description")}
            defaultValue={initial.description}
            errors={errors.description}
            maxLength={10000}
            rows={5}
            className="sm:col-span-2"
          />
          <UnitSelect
            name="organizingUnitId"
            label={t("organizingUnit")}
            options={units}
            defaultValue={initial.organizingUnitId}
            errors={errors.organizingUnitId}
          />
          <UnitSelect
            name="coverageUnitId"
            label={t("coverageUnit")}
            hint={t("coverageHint")}
            options={units}
            defaultValue={initial.coverageUnitId}
            errors={errors.coverageUnitId}
          />
        </div>
      </section>

      <section aria-labelledby="editor-period" className="space-y-4">
        <h2 id="editor-period" className="text-xl font-semibold">
          {t("periodTitle")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="startsOn"
            type="date"
            label={t("startsOn")}
            defaultValue={initial.startsOn}
            errors={errors.startsOn}
          />
          <TextField
            name="endsOn"
            type="date"
            label={t("endsOn")}
            defaultValue={initial.endsOn}
            errors={errors.endsOn}
          />
        </div>
        <h3 className="font-semibold">{t("phasesTitle")}</h3>
        <p className="text-sm text-stone-600">{t("phasesHint")}</p>
        <EditorPhases initial={initial.phases} errors={errors} />
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="flex items-start gap-2 self-end">
            <input
              type="checkbox"
              name="requiresRegistration"
              defaultChecked={initial.requiresRegistration}
              className="mt-1 size-4"
            />
            <span>{t("requiresRegistration")}</span>
          </label>
          <TextField
            name="postingWorkingDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            label={t("postingWorkingDays")}
            hint={t("postingHint")}
            defaultValue={initial.postingWorkingDays}
            errors={errors.postingWorkingDays}
          />
        </div>
      </section>

      {isFrozen ? (
        <EditorFrozen
          criteria={initial.criteria}
          titles={initial.titles}
          nominationCount={movement?.nominationCount ?? 0}
        />
      ) : (
        <>
          <EditorCriteria initial={initial.criteria} errors={errors} />
          <EditorTitles initial={initial.titles} errors={errors} />
        </>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {isPending ? t("saving") : movement ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
