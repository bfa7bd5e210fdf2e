import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import vi from "./messages/vi.json";

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

/** ICU argument names in a message: {name}, {count, plural, …}. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]!).sort();
}

const viEntries = flatten(vi);
const enEntries = flatten(en);

describe("message catalogs", () => {
  // Keys used in code are checked by `tsc` against the Vietnamese catalog (lib/i18n/global.d.ts);
  // this test keeps English complete and aligned with it.
  it("has every Vietnamese key in English and no extra English keys", () => {
    expect([...enEntries.keys()].sort()).toEqual([...viEntries.keys()].sort());
  });

  it("has no empty message", () => {
    for (const [key, message] of [...viEntries, ...enEntries]) expect(message.trim(), key).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, message] of viEntries)
      expect(argumentsOf(enEntries.get(key) ?? ""), key).toEqual(argumentsOf(message));
  });
});
