import { describe, expect, it } from "vitest";
import { PageStore } from "./store";

const page = (version: string, html: string) => ({ version, html, nonce: "n", headers: [] as [string, string][] });

describe("PageStore", () => {
  it("answers a page only at the version it was rendered at, and forgets it otherwise", () => {
    const store = new PageStore(1_000);
    store.set("a", page("1", "hello"));
    expect(store.get("a", "1")?.html).toBe("hello");
    expect(store.get("a", "2")).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
  });

  it("drops the least recently used pages when over its size", () => {
    const store = new PageStore(40); // 20 characters
    store.set("a", page("1", "aaaaaa"));
    store.set("b", page("1", "bbbbbb"));
    expect(store.get("a", "1")).toBeDefined(); // a is now the most recent
    store.set("c", page("1", "cccccc")); // 18 characters: still fits
    store.set("d", page("1", "dddddd")); // 24: b, the least recent, goes
    expect(store.get("b", "1")).toBeUndefined();
    expect(store.get("a", "1")).toBeDefined();
    expect(store.get("d", "1")).toBeDefined();
    expect(store.bytes).toBeLessThanOrEqual(40);
  });

  it("keeps nothing larger than itself and counts a replaced page once", () => {
    const store = new PageStore(10);
    store.set("big", page("1", "x".repeat(6)));
    expect(store.size).toBe(0);
    store.set("a", page("1", "abc"));
    store.set("a", page("2", "abcd"));
    expect(store.bytes).toBe(8);
    expect(store.get("a", "2")?.html).toBe("abcd");
  });
});
