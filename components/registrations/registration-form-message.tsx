"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms";
import { registrationRefusals, type RegistrationRefusal } from "@/lib/registrations/errors";

const isRefusal = (message: string | undefined): message is RegistrationRefusal =>
  (registrationRefusals as readonly (string | undefined)[]).includes(message);

/** FormMessage that also says the registration outcomes ("registrations.outcomes") and refusals ("registrations.refusals"). */
export function RegistrationFormMessage({ state }: { state: FormState }) {
  const t = useTranslations("registrations");
  const text = isRefusal(state.message)
    ? t(`refusals.${state.message}`)
    : state.message === "resultsSaved"
      ? t("outcomes.resultsSaved")
      : null;
  if (text === null) return <FormMessage state={state} />;
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
      {text}
    </p>
  );
}
