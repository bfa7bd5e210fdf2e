import { describe, expect, it } from "vitest";
import { queueSegments, sliceSegments } from "./queue-pages";

const movements = [
  { movementId: "new", submitted: 1, total: 3 },
  { movementId: "done", submitted: 2, total: 2 },
  { movementId: "old", submitted: 0, total: 1 },
];

describe("the queue's segments", () => {
  it("puts what is left to score first, each status by movement in the given order, without empty segments", () => {
    expect(queueSegments(movements, {}).map((s) => [s.movementId, s.isSubmitted, s.count])).toEqual([
      ["new", false, 2],
      ["old", false, 1],
      ["new", true, 1],
      ["done", true, 2],
    ]);
  });

  it("keeps only the movement and status filtered on", () => {
    expect(queueSegments(movements, { status: "submitted" }).map((s) => s.movementId)).toEqual(["new", "done"]);
    expect(queueSegments(movements, { movement: "new", status: "open" })).toEqual([
      { movementId: "new", isSubmitted: false, count: 2 },
    ]);
    expect(queueSegments(movements, { movement: "elsewhere" })).toEqual([]);
  });
});

describe("a page's slices of the segments", () => {
  const segments = queueSegments(movements, {});

  it("takes the rows of a page from each segment it falls in", () => {
    expect(sliceSegments(segments, 0, 2)).toEqual([
      { movementId: "new", isSubmitted: false, count: 2, skip: 0, take: 2 },
    ]);
    expect(sliceSegments(segments, 1, 3).map((s) => [s.movementId, s.isSubmitted, s.skip, s.take])).toEqual([
      ["new", false, 1, 1],
      ["old", false, 0, 1],
      ["new", true, 0, 1],
    ]);
    expect(sliceSegments(segments, 4, 10).map((s) => [s.movementId, s.skip, s.take])).toEqual([["done", 0, 2]]);
    expect(sliceSegments(segments, 5, 2).map((s) => [s.movementId, s.skip, s.take])).toEqual([["done", 1, 1]]);
  });

  it("is empty past the end", () => {
    expect(sliceSegments(segments, 6, 2)).toEqual([]);
    expect(sliceSegments([], 0, 50)).toEqual([]);
  });
});
