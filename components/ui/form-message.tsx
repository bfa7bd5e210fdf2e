"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";

/** The form-level outcome: announced politely on success, assertively on error. */
export function FormMessage({ state }: { state: FormState }) {
  const t = useTranslations("forms");
  if (!state.message) return null;
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
      {t(state.message as never, state.messageValues as never)}
    </p>
  );
}
