"use client";

import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { postShortlistAction } from "@/app/admin/movements/[id]/posting/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { postingEndDay } from "@/lib/calendar/working-days";
import { initialFormState } from "@/lib/forms";
import { ReviewRefusals } from "./review-refusals";

interface Props {
  movementId: string;
  version: number;
  defaults: { audience: "PUBLIC" | "STAFF"; workingDays: number };
  /** Today (YYYY-MM-DD) and the holidays from today on: the preview of the last day. */
  today: string;
  holidays: string[];
}

/** Posting the shortlist: audience, working days, and the last day it would run to if posted today. */
export function PostingStartForm({ movementId, version, defaults, today, holidays }: Props) {
  const t = useTranslations("posting");
  const format = useFormatter();
  const [state, action] = useActionState(postShortlistAction, initialFormState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const [days, setDays] = useState(values.workingDays ?? String(defaults.workingDays));
  const count = Number(days);
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00.000Z`), { dateStyle: "long", timeZone: "UTC" });
  const isValid = Number.isInteger(count) && count >= 1 && count <= 60;
  return (
    <form
      action={action}
      aria-labelledby="posting-start"
      className="mt-4 max-w-xl space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="posting-start" className="text-xl font-semibold">
        {t("startTitle")}
      </h2>
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="audience"
        label={t("audience")}
        defaultValue={values.audience ?? defaults.audience}
        errors={state.fieldErrors?.audience}
        options={(["STAFF", "PUBLIC"] as const).map((value) => ({ value, label: t(`audience${value}`) }))}
      />
      <TextField
        name="workingDays"
        label={t("workingDays")}
        hint={t("workingDaysHint")}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        required
        value={days}
        onChange={(event) => setDays(event.target.value)}
        errors={state.fieldErrors?.workingDays}
      />
      <p aria-live="polite" className="text-stone-700">
        {isValid
          ? t("preview", { start: day(today), end: day(postingEndDay(today, count, new Set(holidays))) })
          : t("previewInvalid")}
      </p>
      <p className="text-sm text-stone-600">{t("startWarning")}</p>
      {state.status === "success" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("posted")}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
      <ReviewRefusals state={state} />
      <SubmitButton pendingLabel={t("starting")}>{t("start")}</SubmitButton>
    </form>
  );
}
