// One area of the authorization matrix (the review-and-decision pages are split by area so each
// keeps its rows next to the fixtures they need).
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { ActionCase } from "../action-cases";
import type { HandlerCase, PageCase } from "../expectations";
import type { MatrixFixtures, MatrixRole } from "../fixtures";

/** A write to a route handler: what a probe sends, and whether it changed what it would change if allowed. */
export interface RequestProbe {
  path: string;
  /** The JSON body. */
  data: unknown;
  tookEffect(): Promise<boolean>;
}

/** A route handler called with a method that writes (POST): each role's status, and who may change anything. */
export interface RequestCase {
  route: string;
  label: string;
  method: "POST";
  outcomes: Record<MatrixRole, number>;
  allowed: readonly MatrixRole[];
  /** Makes a fresh target for each role's call, so one role's allowed change cannot hide another's. */
  probe(context: { fx: MatrixFixtures; db: PrismaClient; role: MatrixRole }): Promise<RequestProbe>;
}

export interface MatrixArea {
  name: string;
  /** Creates the area's objects once per run (after the shared fixtures); the result is `fx.areas[name]`. */
  setup(db: PrismaClient, fx: MatrixFixtures): Promise<Record<string, string>>;
  pageCases: PageCase[];
  handlerCases: HandlerCase[];
  actionCases: ActionCase[];
  /** Writes to route handlers; most areas have none (their writes are server actions). */
  requestCases?: RequestCase[];
}

/** The ids `setup` returned for `area`, failing loudly when a row names one that does not exist. */
export function areaIds(fx: MatrixFixtures, area: string): Record<string, string> {
  const ids = fx.areas[area];
  if (!ids) throw new Error(`matrix area ${area} has no fixtures`);
  return new Proxy(ids, {
    get(target, key: string) {
      const value = target[key];
      if (value === undefined) throw new Error(`matrix area ${area} has no fixture ${key}`);
      return value;
    },
  });
}
