// What the roster search matches: name, position, unit and citation, folded without diacritics
// or case (lib/text/search-text.ts), stored on the honoree so a search reads one column.
import type { Prisma } from "../generated/prisma/client";
import { toSearchText } from "../text/search-text";

export function honoreeSearchText(honoree: {
  name: string;
  position: string | null;
  unitName: string;
  citation: string;
}): string {
  return toSearchText([honoree.name, honoree.position ?? "", honoree.unitName, honoree.citation].join(" "));
}

/** A visitor's search string as it is matched: folded, trimmed to 100 characters; empty means no search. */
export function rosterSearchTerm(raw: string | undefined | null): string {
  return toSearchText(raw ?? "")
    .slice(0, 100)
    .trim();
}

/**
 * Recomputes the search text of the honorees of `unitId` (after the unit is renamed), within
 * the caller's transaction: their unit's name is part of what the roster search matches.
 */
export async function refreshUnitHonoreeSearch(
  tx: Prisma.TransactionClient,
  unitId: string,
  unitName: string,
): Promise<void> {
  const honorees = await tx.honoree.findMany({
    where: { unitId },
    select: { id: true, name: true, position: true, citation: true },
  });
  const batch = 1_000;
  for (let start = 0; start < honorees.length; start += batch) {
    const slice = honorees.slice(start, start + batch);
    const ids = slice.map((h) => h.id);
    const texts = slice.map((h) => honoreeSearchText({ ...h, unitName }));
    await tx.$executeRaw`
      UPDATE "Honoree" h SET "searchText" = v.text
      FROM unnest(${ids}::uuid[], ${texts}::text[]) AS v(id, text)
      WHERE h.id = v.id`;
  }
}
