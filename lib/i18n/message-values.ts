// Values a message names, as next-intl formats them. Refusals travel as strings (in form state,
// in JSON); a calendar day among them ("2026-11-23") becomes a Date so that a message's
// `{deadline, date, long}` says it in the reader's language.
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** `values` with every YYYY-MM-DD string turned into that day (UTC midnight, shown in the app's time zone). */
export function withDays(values: Record<string, string> = {}): Record<string, string | Date> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      dayPattern.test(value) ? new Date(`${value}T00:00:00.000Z`) : value,
    ]),
  );
}
