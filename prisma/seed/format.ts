// Small helpers shared by the content modules.

/** A calendar date ("2024-09-10") as a UTC Date, the form @db.Date columns round-trip exactly. */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** A moment on a given day, in Vietnam time (UTC+7), for timestamps such as submittedAt. */
export function at(isoDate: string, time = "09:00"): Date {
  return new Date(`${isoDate}T${time}:00.000+07:00`);
}

/** Adds whole days to a date (for spreading timestamps across a phase). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The achievement summary as the sanitized HTML subset the editor produces (<p>, <ul><li>, <strong>).
 * Text is escaped; `**bold**` in a highlight becomes <strong>.
 */
export function summaryHtml(intro: string, highlights: readonly string[], closing?: string): string {
  const strong = (text: string) => escapeHtml(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
  const items = highlights.map((item) => `<li>${strong(item)}</li>`).join("");
  const tail = closing ? `<p>${strong(closing)}</p>` : "";
  return `<p>${strong(intro)}</p><ul>${items}</ul>${tail}`;
}

/** Removes the `**bold**` markers for plain-text uses of a highlight. */
export function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, "$1");
}
