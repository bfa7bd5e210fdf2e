// Demo data for "Vinh Danh": a union hierarchy, accounts for every role, one finished movement
// with published honorees and one open movement with dossiers in every state.
// Safe to run again: existing rows are matched by their natural keys and left as they are.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { dmstMovement } from "./dmst-movement";
import { demoAccountList, seedPeople } from "./people";
import { tmgMovement } from "./tmg-movement";
import { seedUnits } from "./units";
import { seedMovement } from "./write-movement";

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  description: string;
}

/** Sign-in details of the demo accounts (printed by `npm run db:seed`, shown in the README). */
export const demoAccounts: ReadonlyArray<DemoAccount> = demoAccountList;

/** Seeds the demo data; `created` is false when everything already existed. */
export async function seedDemoData(client: PrismaClient): Promise<{ created: boolean }> {
  const { units, createdCount: unitsCreated } = await seedUnits(client);
  const { people, createdCount: peopleCreated } = await seedPeople(client, units);
  let movementsCreated = 0;
  // One after the other: each movement is its own transaction, and PGlite serializes them anyway.
  for (const movement of [tmgMovement, dmstMovement]) {
    if (await seedMovement(client, movement, units, people)) movementsCreated++;
  }
  return { created: unitsCreated + peopleCreated + movementsCreated > 0 };
}
