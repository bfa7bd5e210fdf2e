"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import { withDays } from "@/lib/i18n/message-values";

/**
 * The outcome of a level's form: its message ("levels.outcomes") announced politely on success,
 * assertively on error, with every refusal listed ("levels.refusals", days in the reader's language).
 */
export function LevelFormMessage({ state, id }: { state: FormState; id?: string }) {
  const t = useTranslations("levels");
  if (!state.message) return null;
  const isError = state.status === "error";
  const known = t.has(`outcomes.${state.message}` as never);
  return (
    <div
      id={id}
      role={isError ? "alert" : "status"}
      className={`rounded border p-3 ${isError ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-900"}`}
    >
      <p>
        {t(
          known ? (`outcomes.${state.message}` as never) : ("outcomes.failed" as never),
          (state.messageValues ?? {}) as never,
        )}
      </p>
      {state.reasons?.length ? (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {state.reasons.map((reason, i) => (
            <li key={i}>
              {t.has(`refusals.${reason.code}` as never)
                ? t(`refusals.${reason.code}` as never, withDays(reason.values) as never)
                : t("outcomes.failed")}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
