"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { addHolidayAction } from "@/app/admin/holidays/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";

/** Adds a public holiday: its day and name. */
export function HolidayAddForm() {
  const t = useTranslations("holidays");
  const [state, action] = useActionState(addHolidayAction, initialFormState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form
      action={action}
      aria-labelledby="holiday-add"
      className="mt-4 max-w-xl space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="holiday-add" className="text-xl font-semibold">
        {t("addTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <TextField
          name="day"
          type="date"
          label={t("day")}
          required
          defaultValue={values.day ?? ""}
          errors={state.fieldErrors?.day}
        />
        <TextField
          name="name"
          label={t("name")}
          required
          maxLength={200}
          defaultValue={values.name ?? ""}
          errors={state.fieldErrors?.name}
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}
