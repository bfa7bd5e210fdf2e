import { useTranslations } from "next-intl";
import type { LevelState } from "@/lib/generated/prisma/enums";

const tone: Record<LevelState, string> = {
  PENDING: "border-amber-300 bg-amber-50 text-amber-900",
  ENDORSED: "border-sky-300 bg-sky-50 text-sky-900",
  FORWARDED: "border-green-300 bg-green-50 text-green-900",
  RETURNED: "border-orange-300 bg-orange-50 text-orange-900",
  NOT_FORWARDED: "border-stone-300 bg-stone-100 text-stone-800",
};

/** A dossier's state at one level, in words, with a colour that never carries the meaning alone. */
export function LevelStateBadge({ state }: { state: LevelState }) {
  const t = useTranslations("levels.states");
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${tone[state]}`}>{t(state)}</span>
  );
}
