// The app's own rules the fill applies (quota limits, the duplicate key, the honoree's story),
// loaded on first use: their modules also load lib/db, whose logger reads LOG_LEVEL when it is
// imported, and a benchmark sets that first (bench-database.ts benchDatabase).
export async function loadAppRules() {
  const [{ unitLimit }, { identityKeyOf }, { summaryToStory }] = await Promise.all([
    import("../../../lib/nominations/quotas"),
    import("../../../lib/nominations/commands"),
    import("../../../lib/reviews/decision/commands"),
  ]);
  return { unitLimit, identityKeyOf, summaryToStory };
}

export type AppRules = Awaited<ReturnType<typeof loadAppRules>>;
