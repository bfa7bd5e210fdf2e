import { existsSync } from "node:fs";

/** Debian's Chromium (Playwright cannot download its own browsers on our machines). */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}.\n` +
        "Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n" +
        "or point CHROMIUM_PATH at another Chromium or Chrome binary.",
    );
  }
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
