// The primitives of every URL parameter schema (issue 16). A link is shared, bookmarked and
// typed by hand, so a parameter that is malformed (repeated, too long, holding a character that
// cannot be stored, out of range) is ignored: the page falls back to its default, never a 500.
import { z } from "zod";
import { firstDay, lastDay, maxInt4 } from "./fields";
import { isStorableText, normalizeText } from "./text";

/** The first value of a repeated parameter, as Next hands `?a=1&a=2` over (["1", "2"]). */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A search or filter text: trimmed, in NFC; "" when absent or malformed (unstorable characters, over `max`). */
export function queryText(max = 200) {
  return z
    .preprocess((value) => firstValue(value) ?? "", z.string())
    .transform((value) => normalizeText(value).trim())
    .refine((value) => isStorableText(value) && value.length <= max)
    .catch("");
}

/** A filter text that is undefined when absent, blank or malformed. */
export function optionalQueryText(max = 200) {
  return queryText(max).transform((value) => value || undefined);
}

/** An id (uuid) filter: undefined when absent, blank or malformed. */
export function queryId() {
  return z.preprocess((value) => firstValue(value) || undefined, z.guid().optional()).catch(undefined);
}

/** One of `values`, else `fallback`. */
export function queryEnum<const T extends readonly [string, ...string[]], F extends T[number] | undefined>(
  values: T,
  fallback: F,
) {
  return z
    .preprocess((value) => firstValue(value) || undefined, z.enum(values))
    .catch(fallback as never) as unknown as z.ZodType<T[number] | F>;
}

/** A whole number within [min, max] (and PostgreSQL's integer), else `fallback`. */
export function queryInt<F extends number | undefined>(options: { min: number; max?: number; fallback: F }) {
  return z
    .preprocess(
      (value) => {
        const first = firstValue(value);
        return typeof first === "string" && /^[+-]?\d{1,15}$/.test(first.trim()) ? Number(first) : undefined;
      },
      z
        .number()
        .int()
        .min(options.min)
        .max(Math.min(options.max ?? maxInt4, maxInt4)),
    )
    .catch(options.fallback as never) as unknown as z.ZodType<number | F>;
}

/** A page number: 1 when absent or malformed (pages clamp it to the last page once the total is known). */
export function queryPage() {
  return queryInt({ min: 1, max: 100_000, fallback: 1 });
}

/** A calendar day (YYYY-MM-DD) between 1900 and 2100; undefined when absent or malformed. */
export function queryDay() {
  return z
    .preprocess((value) => firstValue(value) || undefined, z.iso.date().optional())
    .refine((value) => value === undefined || (value >= firstDay && value <= lastDay))
    .catch(undefined);
}

/** A flag: "1" means on. */
export function queryFlag() {
  return z.preprocess((value) => firstValue(value) === "1", z.boolean());
}
