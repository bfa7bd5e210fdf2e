// The address a request came from, as the app's own server (scripts/serve.mjs) wrote it: it
// replaces X-Forwarded-For with the one address it believes (lib/security/trusted-proxies.ts),
// so a client cannot choose the address that throttling counts. Nothing here trusts the
// client's own headers; under `next dev` (no such server) the header is whatever was sent.
import { headers } from "next/headers";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function headerOf(source: HeaderSource, name: string): string | null {
  if (!source) return null;
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The client's address from a request's headers, or null when none was set. */
export function clientAddressOf(source: HeaderSource): string | null {
  return headerOf(source, "x-forwarded-for")?.split(",")[0]?.trim() || null;
}

/** The client's address of the request being served (pages, server actions, route handlers). */
export async function requestClientAddress(): Promise<string | null> {
  return clientAddressOf(await headers());
}
