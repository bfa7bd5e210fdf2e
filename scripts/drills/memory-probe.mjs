// Loaded into a drill's server only (node --expose-gc --import …/memory-probe.mjs scripts/serve.mjs):
// on SIGUSR2 it runs a full garbage collection and writes process.memoryUsage() to
// DRILL_MEMORY_FILE, so a drill can tell memory still held (a leak) from memory the collector
// has simply not reclaimed yet, which RSS alone cannot.
import { renameSync, writeFileSync } from "node:fs";

const file = process.env.DRILL_MEMORY_FILE;
if (file && typeof globalThis.gc === "function") {
  process.on("SIGUSR2", () => {
    globalThis.gc();
    writeFileSync(`${file}.tmp`, JSON.stringify({ ...process.memoryUsage(), at: Date.now() }));
    renameSync(`${file}.tmp`, file);
  });
}
