// Merit history (lịch sử khen thưởng): every recognition of the same person or collective,
// across movements and years. A holder is identified by kind, unit, name without diacritics
// and birth year: the same facts a dossier's duplicate check uses (lib/nominations/commands.ts),
// plus the unit, because two people of one name and birth year in different units are two people.
// A person who moves to another unit starts a new record; administrators find both by name.
import type { NomineeKind } from "../generated/prisma/enums";
import { toSearchText } from "../text/search-text";

/** The merit-history key of a nominee. Keep in step with the backfill in migration 20261124122910_roster_merit. */
export function holderKeyOf(nominee: {
  kind: NomineeKind;
  unitId: string;
  name: string;
  birthYear: number | null;
}): string {
  return [nominee.kind, nominee.unitId, toSearchText(nominee.name), nominee.birthYear ?? ""].join("|");
}
