import { describe, expect, it } from "vitest";
import { depthFirst } from "./unit-options";

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
    expect(Object.fromEntries(depthFirst(nodes).map((unit) => [unit.id, unit.level]))).toEqual({ loose: 1, root: 0, a: 1, a1: 2, b: 1 });
  });

  it("is empty without units", () => {
    expect(depthFirst([])).toEqual([]);
  });
});
