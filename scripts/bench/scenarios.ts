// What `npm run bench` loads, as whom, and the budgets of issue 8 each scenario is judged by.
import type { NationalFixture } from "./dataset";

export type Account = "anonymous" | "admin" | "officer" | "reviewer" | "levelOfficer";

export interface Budget {
  /** p95 latency, ms, at every number of clients (or only up to `p95UpToClients`). */
  p95Ms?: number;
  /** The latency budget holds up to this many clients (issue 17 states its budgets at one client). */
  p95UpToClients?: number;
  /** Share of the baseline route's requests per second at 50 clients. */
  minBaselineShare?: number;
  /** SQL queries per request (measured with one client). */
  maxSqlPerRequest?: number;
}

export interface LoadScenario {
  /** Name for --only. */
  key: string;
  name: string;
  account: Account;
  /** Requested in turn. */
  paths: string[];
  budget: Budget;
}

/** The e-mail a signed-in scenario's account signs in with. */
export function accountEmail(fixture: NationalFixture, account: Exclude<Account, "anonymous">): string {
  const emails: Record<Exclude<Account, "anonymous">, string> = {
    admin: fixture.adminEmail,
    officer: fixture.officerEmail,
    reviewer: fixture.reviewerEmail,
    levelOfficer: fixture.levelOfficerEmail,
  };
  return emails[account];
}

/** No page issues more than this many SQL queries. */
const pageSql = 10;

/** Every load scenario, the baseline first (the others' throughput is read against it). */
export function loadScenarios(fixture: NationalFixture): LoadScenario[] {
  const movement = fixture.largestMovementId;
  return [
    {
      key: "baseline",
      name: "baseline /api/health/live (no work)",
      account: "anonymous",
      paths: ["/api/health/live"],
      budget: {},
    },
    {
      key: "roster",
      name: "roster, first page",
      account: "anonymous",
      paths: ["/honorees"],
      budget: { p95Ms: 50, minBaselineShare: 0.4, maxSqlPerRequest: pageSql },
    },
    {
      key: "roster-search",
      name: "roster, searched + filtered",
      account: "anonymous",
      paths: [`/honorees?q=nguyen+van&unit=${fixture.provinceId}&from=2019&to=2024`],
      budget: { p95Ms: 50, minBaselineShare: 0.4, maxSqlPerRequest: pageSql },
    },
    {
      key: "profile",
      name: `profile (${fixture.profileIds.length} different)`,
      account: "anonymous",
      paths: fixture.profileIds.map((id) => `/honorees/${id}`),
      budget: { p95Ms: 50, minBaselineShare: 0.4, maxSqlPerRequest: pageSql },
    },
    {
      key: "nominations",
      name: "officer's nomination list",
      account: "officer",
      paths: [`/nominations?movement=${movement}`],
      budget: { p95Ms: 100, maxSqlPerRequest: pageSql },
    },
    {
      key: "reviews",
      name: "reviewer's queue",
      account: "reviewer",
      paths: ["/reviews"],
      budget: { p95Ms: 100, maxSqlPerRequest: pageSql },
    },
    {
      key: "ranking",
      name: "ranking, largest movement",
      account: "admin",
      paths: [`/admin/movements/${movement}/results`],
      budget: { p95Ms: 300, maxSqlPerRequest: pageSql },
    },
    {
      key: "dashboard",
      name: "dashboard, largest movement",
      account: "admin",
      paths: [`/dashboard?movement=${movement}`],
      budget: { p95Ms: 200, maxSqlPerRequest: pageSql },
    },
    // Issue 17: the level holding the most dossiers (over 5,000) and the organiser's overview of all 60 levels.
    {
      key: "level-inbox",
      name: "level's inbox, dossiers awaiting it",
      account: "levelOfficer",
      paths: [`/levels/${fixture.levelMovementId}/${fixture.levelUnitId}`],
      budget: { p95Ms: 100, p95UpToClients: 1, maxSqlPerRequest: pageSql },
    },
    {
      key: "level-inbox-all",
      name: "level's inbox, everything received, by name",
      account: "levelOfficer",
      paths: [`/levels/${fixture.levelMovementId}/${fixture.levelUnitId}?state=all&sort=name`],
      budget: { p95Ms: 100, p95UpToClients: 1, maxSqlPerRequest: pageSql },
    },
    {
      key: "level-overview",
      name: "organiser's overview of 60 levels",
      account: "admin",
      paths: [`/admin/movements/${fixture.levelMovementId}/levels`],
      budget: { p95Ms: 100, p95UpToClients: 1, maxSqlPerRequest: pageSql },
    },
  ];
}

/** Export of 50,000 rows: seconds per export and the server's memory growth. */
export const exportBudget = { seconds: 5, rssGrowthMb: 100 };

/** Public pages: first-load JavaScript (gzipped) and Lighthouse scores. */
export const frontEndBudget = { javascriptKb: 150, lighthouseScore: 95 };

/** Scenario keys that are not load scenarios. */
export const otherScenarioKeys = ["export", "frontend"] as const;
