import type { Locale } from "./config";
import type vi from "./messages/vi.json";

export type Messages = typeof vi;

/** The catalog of one locale. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const catalog = locale === "en" ? await import("./messages/en.json") : await import("./messages/vi.json");
  return catalog.default;
}
