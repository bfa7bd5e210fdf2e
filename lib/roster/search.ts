// What the roster search matches: name, position, unit and citation, folded without diacritics
// or case (lib/text/search-text.ts), stored on the honoree so a search reads one column.
import { toSearchText } from "../text/search-text";

export function honoreeSearchText(honoree: { name: string; position: string | null; unitName: string; citation: string }): string {
  return toSearchText([honoree.name, honoree.position ?? "", honoree.unitName, honoree.citation].join(" "));
}

/** A visitor's search string as it is matched: folded, trimmed to 100 characters; empty means no search. */
export function rosterSearchTerm(raw: string | undefined | null): string {
  return toSearchText(raw ?? "").slice(0, 100).trim();
}
