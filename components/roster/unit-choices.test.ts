import { describe, expect, it } from "vitest";
import { unitChoices } from "./unit-choices";

// A tree depth first, as rosterFilterOptions lists it: root › (a › (a1 › a1x), a2), b › b1.
const tree = [
  { id: "root", name: "Công đoàn Viên chức Việt Nam", level: 0 },
  { id: "a", name: "Công đoàn Bộ A", level: 1 },
  { id: "a1", name: "Công đoàn cơ sở A1", level: 2 },
  { id: "a1x", name: "Tổ công đoàn A1-X", level: 3 },
  { id: "a2", name: "Công đoàn cơ sở A2", level: 2 },
  { id: "b", name: "Công đoàn Tỉnh B", level: 1 },
  { id: "b1", name: "Công đoàn cơ sở B1", level: 2 },
];
const ids = (chosen?: string) => unitChoices(tree, chosen).map((unit) => unit.id);

describe("the roster's unit choices", () => {
  it("offer the top two levels when no unit is chosen (or one not in the tree)", () => {
    expect(ids()).toEqual(["root", "a", "b"]);
    expect(ids("elsewhere")).toEqual(["root", "a", "b"]);
  });

  it("open the chosen unit and every unit above it, keeping the tree's order", () => {
    expect(ids("a")).toEqual(["root", "a", "a1", "a2", "b"]);
    expect(ids("a1")).toEqual(["root", "a", "a1", "a1x", "a2", "b"]);
    expect(ids("a1x")).toEqual(["root", "a", "a1", "a1x", "a2", "b"]);
    expect(ids("b1")).toEqual(["root", "a", "b", "b1"]);
  });

  it("keep each unit's level for the indent", () => {
    expect(unitChoices(tree, "a1").find((unit) => unit.id === "a1x")?.level).toBe(3);
  });
});
