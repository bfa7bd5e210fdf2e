import { describe, expect, it } from "vitest";
import { defaultQueueParams, queueHref, reviewerQueueParamsSchema } from "./queue-params";

const movement = "7f0c2a56-3d1b-4c8e-9a2f-1b2c3d4e5f60";

describe("the queue's URL parameters", () => {
  it("reads filters, search and page", () => {
    expect(reviewerQueueParamsSchema.parse({ movement, status: "open", q: "  nguyen ", page: "3" })).toEqual({
      movement,
      status: "open",
      q: "nguyen",
      page: 3,
    });
    expect(reviewerQueueParamsSchema.parse({ status: ["submitted", "open"], page: ["2"] })).toMatchObject({
      status: "submitted",
      page: 2,
    });
  });

  it("falls back to the defaults on anything malformed", () => {
    expect(reviewerQueueParamsSchema.parse({ movement: "x", status: "all", q: "a".repeat(201), page: "two" })).toEqual(
      defaultQueueParams,
    );
    expect(reviewerQueueParamsSchema.parse({ movement: "", status: "" })).toEqual(defaultQueueParams);
    expect(defaultQueueParams).toEqual({ movement: undefined, status: undefined, q: "", page: 1 });
  });

  it("writes short URLs that read back the same", () => {
    expect(queueHref(defaultQueueParams)).toBe("/reviews");
    const params = { movement, status: "submitted" as const, q: "lê thị", page: 2 };
    const href = queueHref(params);
    expect(href).toBe(`/reviews?movement=${movement}&status=submitted&q=l%C3%AA+th%E1%BB%8B&page=2`);
    expect(reviewerQueueParamsSchema.parse(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(params);
  });
});
