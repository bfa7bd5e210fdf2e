import { describe, expect, it } from "vitest";
import { depthFirst, drillDown } from "./unit-options";

// As the database returns them, in no order: root › (a › a1, b), and a unit whose parent was not returned.
const nodes = [
  { id: "a1", name: "Công đoàn cơ sở A1", parentId: "a", depth: 3 },
  { id: "b", name: "Công đoàn Bộ Tư pháp", parentId: "root", depth: 2 },
  { id: "root", name: "Công đoàn Viên chức Việt Nam", parentId: "above", depth: 1 },
  { id: "a", name: "Công đoàn Bộ Nội vụ", parentId: "root", depth: 2 },
  { id: "loose", name: "Ấp Đông", parentId: "missing", depth: 2 },
];

describe("depthFirst (the roster's unit choice as a tree)", () => {
  it("lists each unit right after the units above it, siblings in Vietnamese order", () => {
    // "Ấp" sorts with A in Vietnamese, before "Công"; "Nội" before "Tư".
    expect(depthFirst(nodes).map((unit) => unit.id)).toEqual(["loose", "root", "a", "a1", "b"]);
  });

  it("indents by depth below the shallowest unit", () => {
    expect(Object.fromEntries(depthFirst(nodes).map((unit) => [unit.id, unit.level]))).toEqual({
      loose: 1,
      root: 0,
      a: 1,
      a1: 2,
      b: 1,
    });
  });

  it("is empty without units", () => {
    expect(depthFirst([])).toEqual([]);
  });
});

// root › (a › (a1 › a1x), a2), b › b1
const tree = [
  { id: "root", name: "Công đoàn Viên chức Việt Nam", parentId: null, depth: 0 },
  { id: "a", name: "Công đoàn Bộ A", parentId: "root", depth: 1 },
  { id: "a1", name: "Công đoàn cơ sở A1", parentId: "a", depth: 2 },
  { id: "a1x", name: "Tổ công đoàn A1-X", parentId: "a1", depth: 3 },
  { id: "a2", name: "Công đoàn cơ sở A2", parentId: "a", depth: 2 },
  { id: "b", name: "Công đoàn Tỉnh B", parentId: "root", depth: 1 },
  { id: "b1", name: "Công đoàn cơ sở B1", parentId: "b", depth: 2 },
];
const offered = (chosen?: string) => depthFirst(drillDown(tree, chosen)).map((unit) => unit.id);

describe("drillDown (the roster's unit choice)", () => {
  it("offers the top two levels when no unit is chosen, or one not in the tree", () => {
    expect(offered()).toEqual(["root", "a", "b"]);
    expect(offered("elsewhere")).toEqual(["root", "a", "b"]);
  });

  it("opens the chosen unit and every unit above it", () => {
    expect(offered("a")).toEqual(["root", "a", "a1", "a2", "b"]);
    expect(offered("a1")).toEqual(["root", "a", "a1", "a1x", "a2", "b"]);
    expect(offered("a1x")).toEqual(["root", "a", "a1", "a1x", "a2", "b"]);
    expect(offered("b1")).toEqual(["root", "a", "b", "b1"]);
  });

  it("keeps each unit's level for the indent", () => {
    expect(depthFirst(drillDown(tree, "a1")).find((unit) => unit.id === "a1x")?.level).toBe(3);
  });
});
