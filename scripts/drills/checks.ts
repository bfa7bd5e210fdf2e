// What a drill asserts, as a list of named checks: each printed as it is decided, and the drill
// fails when any did. A check never throws, so one failure does not hide the ones after it.

export interface CheckResult {
  ok: boolean;
  description: string;
  detail?: string;
}

export class Checks {
  readonly results: CheckResult[] = [];

  constructor(private readonly drill: string) {}

  /** Records `description` as passed when `ok`, with `detail` (measured values) printed either way. */
  check(ok: boolean, description: string, detail?: string): boolean {
    this.results.push({ ok, description, detail });
    console.log(`  ${ok ? "✓" : "✗"} ${description}${detail ? ` (${detail})` : ""}`);
    return ok;
  }

  /** A line of context (what was measured, what is being done), not a verdict. */
  note(line: string): void {
    console.log(`  · ${line}`);
  }

  get failures(): CheckResult[] {
    return this.results.filter((r) => !r.ok);
  }

  get passed(): boolean {
    return this.results.length > 0 && this.failures.length === 0;
  }

  toString(): string {
    return `${this.drill}: ${this.results.length - this.failures.length}/${this.results.length} checks passed`;
  }
}

/** Milliseconds since `start` (from performance.now()), rounded. */
export const elapsedMs = (start: number) => Math.round(performance.now() - start);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
