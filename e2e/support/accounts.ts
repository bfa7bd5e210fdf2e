import { demoAccounts } from "../../prisma/seed/index";

type Role = (typeof demoAccounts)[number]["role"];

/** The first demo account holding `role` (README lists them all). */
export function demoAccount(role: Role) {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`The demo data has no ${role} account`);
  return account;
}
