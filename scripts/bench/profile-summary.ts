// A V8 CPU profile (.cpuprofile) summed up: self time by package and by function, per request.

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas: number[];
}

/** V8's pseudo-functions for time not spent running JavaScript of the process. */
const waiting = new Set(["(idle)", "(program)"]);

/** Where a script comes from: its npm package, a bundle chunk of the app, a Node.js module, or V8 itself. */
export function origin(url: string): string {
  if (!url) return "(V8 and native code)";
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith("node:")) return "(Node.js)";
  // Turbopack names server chunks after what they hold, e.g. "…/chunks/ssr/1daa_next-intl_dist_…js".
  const chunk = /\/chunks\/(?:ssr\/)?([^/]+)$/.exec(url);
  if (chunk) return `app chunk ${chunk[1]!.slice(0, 40)}`;
  return url.split("/").slice(-2).join("/");
}

/** Self time (ms per request) by origin and by function, the largest first, as printable lines. */
export function summarizeProfile(profile: CpuProfile, options: { requests: number; top?: number }): string {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busyUs = 0;
  let waitingUs = 0;
  profile.samples.forEach((nodeId, i) => {
    const frame = frames.get(nodeId);
    const us = profile.timeDeltas[i] ?? 0;
    if (!frame) return;
    if (waiting.has(frame.functionName)) {
      waitingUs += us;
      return;
    }
    busyUs += us;
    const from = origin(frame.url);
    byOrigin.set(from, (byOrigin.get(from) ?? 0) + us);
    const name = `${frame.functionName || "(anonymous)"}  ${from}${frame.lineNumber >= 0 ? `:${frame.lineNumber + 1}` : ""}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  });
  const perRequest = (us: number) => `${(us / 1000 / options.requests).toFixed(2).padStart(7)} ms`;
  const share = (us: number) => `${((100 * us) / Math.max(busyUs, 1)).toFixed(1).padStart(5)} %`;
  const largest = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, options.top ?? 25);
  return [
    `CPU per request (start-up and warm-up included): ${perRequest(busyUs).trim()} busy, ${perRequest(waitingUs).trim()} idle`,
    "",
    "By origin (self time):",
    ...largest(byOrigin).map(([name, us]) => `${perRequest(us)} ${share(us)}  ${name}`),
    "",
    "By function (self time):",
    ...largest(byFunction).map(([name, us]) => `${perRequest(us)} ${share(us)}  ${name}`),
  ].join("\n");
}
