import { describe, expect, it } from "vitest";
import { origin, summarizeProfile, type CpuProfile } from "./profile-summary";

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

describe("profile summary", () => {
  it("names where a script comes from", () => {
    expect(origin("file:///app/node_modules/@prisma/client/runtime/client.js")).toBe("@prisma/client");
    expect(origin("file:///app/node_modules/next/dist/compiled/react-dom/server.js")).toBe("next");
    expect(origin("file:///app/.next-bench/server/chunks/ssr/1daa_next-intl_dist_esm_production.js")).toBe(
      "app chunk 1daa_next-intl_dist_esm_production.js",
    );
    expect(origin("node:events")).toBe("(Node.js)");
    expect(origin("")).toBe("(V8 and native code)");
  });

  it("sums self time per request by origin and by function, idle apart", () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(idle)", "", -1) },
        { id: 2, callFrame: frame("render", "file:///app/node_modules/next/dist/server.js", 9) },
        { id: 3, callFrame: frame("query", "file:///app/node_modules/pg/lib/client.js", 4) },
      ],
      // 2 requests: 6 ms rendering, 2 ms in pg, 10 ms idle.
      samples: [2, 1, 3, 2, 2],
      timeDeltas: [2_000, 10_000, 2_000, 2_000, 2_000],
    };
    const lines = summarizeProfile(profile, { requests: 2 }).split("\n");
    expect(lines[0]).toBe("CPU per request (start-up and warm-up included): 4.00 ms busy, 5.00 ms idle");
    expect(lines).toContain("   3.00 ms  75.0 %  next");
    expect(lines).toContain("   1.00 ms  25.0 %  pg");
    expect(lines).toContain("   3.00 ms  75.0 %  render  next:10");
    expect(lines.indexOf("   3.00 ms  75.0 %  next")).toBeLessThan(lines.indexOf("   1.00 ms  25.0 %  pg"));
  });
});
