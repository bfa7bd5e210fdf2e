// The honoree row a decision creates for an honoured nomination (also used by the seed and test
// factories, so every honoree carries its merit key, award day and search text the same way).
import type { NomineeKind } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { toSearchText } from "../text/search-text";
import { holderKeyOf } from "./merit";
import { honoreeSearchText } from "./search";

export interface HonouredNomination {
  id: string;
  movementId: string;
  awardTitleId: string;
  unitId: string;
  unitName: string;
  nomineeKind: NomineeKind;
  nomineeName: string;
  birthYear: number | null;
  position: string | null;
  citation: string;
  story: string;
  portraitFileId: string | null;
}

/** An unpublished honoree of `decision` for `nomination`. */
export function honoreeRecord(
  nomination: HonouredNomination,
  decision: { id: string; issuedOn: Date },
): Prisma.HonoreeCreateManyInput {
  return {
    nominationId: nomination.id,
    decisionId: decision.id,
    movementId: nomination.movementId,
    awardTitleId: nomination.awardTitleId,
    unitId: nomination.unitId,
    kind: nomination.nomineeKind,
    name: nomination.nomineeName,
    nameSearch: toSearchText(nomination.nomineeName),
    birthYear: nomination.birthYear,
    position: nomination.position,
    citation: nomination.citation,
    story: nomination.story,
    portraitFileId: nomination.portraitFileId,
    holderKey: holderKeyOf({
      kind: nomination.nomineeKind,
      unitId: nomination.unitId,
      name: nomination.nomineeName,
      birthYear: nomination.birthYear,
    }),
    awardedOn: decision.issuedOn,
    searchText: honoreeSearchText({
      name: nomination.nomineeName,
      position: nomination.position,
      unitName: nomination.unitName,
      citation: nomination.citation,
    }),
    listedFor: null,
  };
}
