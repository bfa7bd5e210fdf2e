// Test data for routes through levels (lib/levels, decision 0012).
//
//   const w = await createLevelWorld(client);
//   w.n (organiser) ─┬─ w.m (ministry union) ─┬─ w.g1 (grassroots) ── w.g1s (section)
//                    │                        └─ w.g2 (grassroots)
//                    └─ w.c (city union) ─── w.g3 (grassroots)
//   Officers: w.officers.g1, g2, g3, m, m2 (a second officer of m), c; w.admin (ADMIN on n).
//   w.movement: OPEN, routed through levels, levels chosen: m and c; 5 working days between
//     levels; NOMINATION phase 1 January – 30 November 2026; g1, g2, g3 registered; the titles
//     of createNominationMovement (basic, individual, collective).
//   levelToday ("2026-05-15") is inside the phase and before every level's deadline.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { RouteLevelSelection } from "../../lib/generated/prisma/enums";
import { createDraftNomination, submitNomination } from "../../lib/nominations/commands";
import type { Actor } from "../../lib/session";
import { createActor, createUnit } from "./factories";
import { createNominationMovement, individualDossier, type NominationMovement } from "./nomination-factories";

export const levelToday = "2026-05-15";

export async function createLevelWorld(
  client: PrismaClient,
  options: { selection?: RouteLevelSelection; leadWorkingDays?: number } = {},
) {
  const n = await createUnit(client, { name: "Công đoàn Viên chức thử" });
  const m = await createUnit(client, { parent: n, name: "Công đoàn Bộ thử" });
  const c = await createUnit(client, { parent: n, name: "Công đoàn Viên chức thành phố thử" });
  const g1 = await createUnit(client, { parent: m, name: "Công đoàn cơ sở Học viện thử" });
  const g1s = await createUnit(client, { parent: g1, name: "Công đoàn bộ phận Khoa thử" });
  const g2 = await createUnit(client, { parent: m, name: "Công đoàn cơ sở Cục thử" });
  const g3 = await createUnit(client, { parent: c, name: "Công đoàn cơ sở Trung tâm Phục vụ thử" });
  const officers = {
    g1: await createActor(client, { role: "OFFICER", unit: g1 }),
    g2: await createActor(client, { role: "OFFICER", unit: g2 }),
    g3: await createActor(client, { role: "OFFICER", unit: g3 }),
    m: await createActor(client, { role: "OFFICER", unit: m }),
    m2: await createActor(client, { role: "OFFICER", unit: m }),
    c: await createActor(client, { role: "OFFICER", unit: c }),
  };
  const admin = await createActor(client, { role: "ADMIN", unit: n });
  const base = await createNominationMovement(
    client,
    { root: n, a: g1, aTeam: g1s, officerA: officers.g1 },
    { registered: [g1.id, g1s.id, g2.id, g3.id] },
  );
  const selection = options.selection ?? "CHOSEN_UNITS";
  await client.movement.update({
    where: { id: base.id },
    data: { route: "LEVELS", routeSelection: selection, levelLeadWorkingDays: options.leadWorkingDays ?? 5 },
  });
  if (selection === "CHOSEN_UNITS")
    await client.routeUnit.createMany({
      data: [m, c].map((unit) => ({ movementId: base.id, unitId: unit.id, isLevel: true })),
    });
  return { n, m, c, g1, g1s, g2, g3, officers, admin, movement: base as NominationMovement };
}

export type LevelWorld = Awaited<ReturnType<typeof createLevelWorld>>;

/**
 * A complete dossier of an individual of `unit` (g1 by default), created and submitted by
 * `officer` (g1's by default) through the real commands; its id and version now (2).
 */
export async function submitDossier(
  w: LevelWorld,
  options: { unit?: { id: string }; officer?: Actor; titleId?: string; today?: string } = {},
) {
  const input = individualDossier(
    { a: options.unit ?? w.g1 },
    w.movement,
    options.titleId ? { awardTitleId: options.titleId } : {},
  );
  const officer = options.officer ?? w.officers.g1;
  const { id } = await createDraftNomination({ actor: officer, input, today: options.today ?? levelToday });
  await submitNomination({ actor: officer, input: { id, version: 1 }, today: options.today ?? levelToday });
  return { id, version: 2, name: input.nomineeName };
}

/** A consideration of level `unitId` (so it may forward): 9 members, 8 present, 7 for. */
export function considerationOf(w: LevelWorld, unitId: string) {
  return {
    movementId: w.movement.id,
    unitId,
    totalMembers: 9,
    membersPresent: 8,
    votesFor: 7,
    votesAgainst: 1,
    note: null,
  };
}
