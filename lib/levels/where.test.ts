import { describe, expect, it } from "vitest";
import { dossierWhere, whereText } from "./where";

describe("where a dossier is", () => {
  const at = { unitName: "Công đoàn Bộ Tư pháp", state: "PENDING" as const };

  it("is the level that holds it, with its state there", () => {
    expect(dossierWhere("SUBMITTED", at)).toEqual({ key: "whereLevel", unit: at.unitName, state: "PENDING" });
  });

  it("is the level that did not forward it, when that ended its route", () => {
    expect(dossierWhere("NOT_SELECTED", { ...at, state: "NOT_FORWARDED" })).toEqual({
      key: "whereStopped",
      unit: at.unitName,
    });
  });

  it("is the organiser once no level holds it, including after the council did not shortlist it", () => {
    for (const status of ["SUBMITTED", "IN_REVIEW", "HONOURED", "NOT_SELECTED"] as const)
      expect(dossierWhere(status, null)).toEqual({ key: "whereOrganiser" });
  });

  it("is the nominating unit before it is sent and after a return; nowhere once withdrawn", () => {
    expect(dossierWhere("DRAFT", null)).toEqual({ key: "whereNominating" });
    expect(dossierWhere("RETURNED", null)).toEqual({ key: "whereNominating" });
    expect(dossierWhere("WITHDRAWN", null)).toBeNull();
  });

  it("is said through the catalog's keys", () => {
    const t = (key: string, values?: Record<string, string>) => `${key}${values ? JSON.stringify(values) : ""}`;
    expect(whereText(dossierWhere("SUBMITTED", at), t)).toBe(
      `whereLevel{"unit":"${at.unitName}","state":"states.PENDING"}`,
    );
    expect(whereText(null, t)).toBeNull();
  });
});
