"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms";
import { EditorRefusals } from "./editor-refusals";

/** The form-level outcome, with the reasons of a refusal listed under it. */
export function EditorMessage({ state }: { state: FormState }) {
  const t = useTranslations("forms");
  if (!state.reasons?.length) return <FormMessage state={state} />;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
      <p>{t((state.message ?? "refused") as never)}</p>
      <EditorRefusals reasons={state.reasons} />
    </div>
  );
}
