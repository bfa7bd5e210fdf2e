"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { removeHolidayAction } from "@/app/admin/holidays/actions";
import { initialFormState } from "@/lib/forms";

function RemoveButton({ label }: { label: string }) {
  const t = useTranslations("holidays");
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-label={label}
      className="rounded border border-red-700 px-3 py-1 text-red-800 hover:bg-red-50 disabled:opacity-70"
    >
      {pending ? t("removing") : t("remove")}
    </button>
  );
}

/** Removes one public holiday; a failure is said next to the button. */
export function HolidayRemoveButton({ day, dayLabel, name }: { day: string; dayLabel: string; name: string }) {
  const t = useTranslations("holidays");
  const tForms = useTranslations("forms");
  const [state, action] = useActionState(removeHolidayAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="day" value={day} />
      <RemoveButton label={t("removeLabel", { name, day: dayLabel })} />
      {state.status === "error" && state.message ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {tForms(state.message as never)}
        </p>
      ) : null}
    </form>
  );
}
