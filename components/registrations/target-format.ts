// How a target's numbers and days read: "4 hội thảo · trước 30 thg 6, 2026" / "4 workshops · by 30 Jun 2026".
import type { useFormatter } from "next-intl";
import type { PlainTarget } from "@/lib/registrations/queries";

type Formatter = ReturnType<typeof useFormatter>;

/** A stored decimal ("12.5") in the reader's language ("12,5"), with its unit of measure. */
export function quantityText(value: string | null, measureUnit: string | null, format: Formatter): string | null {
  if (value === null) return null;
  const number = format.number(Number(value), { maximumFractionDigits: 2 });
  return measureUnit ? `${number} ${measureUnit}` : number;
}

/** A YYYY-MM-DD day in the reader's language. */
export function dayText(day: string, format: Formatter): string {
  return format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
}

/** What was pledged for a target: quantity and due day, or "—" when neither was given. */
export function pledgedText(
  target: Pick<PlainTarget, "targetValue" | "measureUnit" | "dueOn">,
  format: Formatter,
): string {
  const parts = [
    quantityText(target.targetValue, target.measureUnit, format),
    target.dueOn ? dayText(target.dueOn, format) : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "—";
}

/** True/false when both a target value and an achieved value are known; null otherwise. */
export function isMet(target: Pick<PlainTarget, "targetValue" | "achievedValue">): boolean | null {
  if (target.targetValue === null || target.achievedValue === null) return null;
  return Number(target.achievedValue) >= Number(target.targetValue);
}
