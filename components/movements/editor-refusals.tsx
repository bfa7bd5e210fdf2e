"use client";

import { useFormatter, useTranslations } from "next-intl";
import { fromDay } from "@/lib/movements/days";
import type { Messages } from "@/lib/i18n/messages";
import type { RefusalReason } from "@/lib/movements/refusals";

type RefusalKey = keyof Messages["movementAdmin"]["refusals"];

/** Why a movement change is refused, one reason a line, with phase names and dates localized. */
export function EditorRefusals({ reasons, id }: { reasons: readonly RefusalReason[]; id?: string }) {
  const t = useTranslations("movementAdmin.refusals");
  const tPhase = useTranslations("movements.phase");
  const format = useFormatter();
  return (
    <ul id={id} className="mt-1 list-disc space-y-1 pl-5">
      {reasons.map((reason, i) => {
        const { phase, date } = reason.values ?? {};
        const values = {
          phase: phase ? tPhase(phase as never) : "",
          date: date ? format.dateTime(fromDay(date), { dateStyle: "medium", timeZone: "UTC" }) : "",
        };
        return <li key={i}>{t(reason.code as RefusalKey, values)}</li>;
      })}
    </ul>
  );
}
