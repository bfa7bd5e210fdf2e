// One area of the authorization matrix (the review-and-decision pages are split by area so each
// keeps its rows next to the fixtures they need).
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { ActionCase } from "../action-cases";
import type { HandlerCase, PageCase } from "../expectations";
import type { MatrixFixtures } from "../fixtures";

export interface MatrixArea {
  name: string;
  /** Creates the area's objects once per run (after the shared fixtures); the result is `fx.areas[name]`. */
  setup(db: PrismaClient, fx: MatrixFixtures): Promise<Record<string, string>>;
  pageCases: PageCase[];
  handlerCases: HandlerCase[];
  actionCases: ActionCase[];
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
