import { describe, expect, it } from "vitest";
import { titlesFor } from "./dossier-types";

describe("titlesFor", () => {
  const titles = [
    { id: "both", eligibility: "BOTH" },
    { id: "people", eligibility: "INDIVIDUAL" },
    { id: "teams", eligibility: "COLLECTIVE" },
  ] as const;

  it("offers an individual the titles for individuals and for both", () => {
    expect(titlesFor(titles, "INDIVIDUAL").map((t) => t.id)).toEqual(["both", "people"]);
  });

  it("offers a collective the titles for collectives and for both", () => {
    expect(titlesFor(titles, "COLLECTIVE").map((t) => t.id)).toEqual(["both", "teams"]);
  });
});
