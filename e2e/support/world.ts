// Small builders the journey specs share: the e2e database, calendar days relative to today,
// units under a parent, and a signed-in browser page. Each spec still makes its own world.
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/db";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { toSearchText } from "../../lib/text/search-text";
import { signInViaApi } from "./sign-in";

/** A client of the database the app under test uses (close it with $disconnect). */
export const e2eDatabase = (): PrismaClient => createPrismaClient({ connectionString: process.env.E2E_DATABASE_URL! });

/** A day `offset` days from today (UTC midnight), as `date` columns take it. */
export const dayFromToday = (offset: number): Date =>
  new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset));

/** A new unit named `name` under `parent`, with a unique code starting with `codePrefix`. */
export async function createChildUnit(db: PrismaClient, codePrefix: string, name: string, parent: { id: string; path: string; depth: number }) {
  const id = randomUUID();
  return db.unit.create({
    data: { id, code: `${codePrefix}${randomUUID().slice(0, 8)}`.toUpperCase(), name, nameSearch: toSearchText(name), parentId: parent.id, path: `${parent.path}${id}/`, depth: parent.depth + 1 },
  });
}

/** A page of a fresh Vietnamese-locale browser context, signed in as `account`. */
export async function signedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await signInViaApi(page, account.email, account.password);
  return page;
}
