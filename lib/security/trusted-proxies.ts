// Whose X-Forwarded-* headers are believed (TRUSTED_PROXIES, decision 0003). Anyone can send
// "X-Forwarded-For: 1.2.3.4"; only a proxy we run puts the real client there. So the app's server
// (scripts/serve.ts) walks the chain from the socket outwards, past trusted proxies only, and
// rewrites the headers to what it believes before Next.js and the app read them.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/** Decides whether an address is one of our proxies. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** The entries of TRUSTED_PROXIES: addresses, CIDRs, or proxy-addr's names (loopback, linklocal, uniquelocal). */
export function trustedProxyEntries(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** Compiles TRUSTED_PROXIES; throws a TypeError naming a malformed entry. An empty list trusts nobody. */
export function compileProxyTrust(value: string | undefined): ProxyTrust {
  const entries = trustedProxyEntries(value);
  return entries.length === 0 ? () => false : proxyaddr.compile(entries);
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) as "10.0.0.1"; anything else unchanged. */
function plainAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

/**
 * Rewrites `request`'s forwarding headers to what `trust` lets us believe: X-Forwarded-For
 * becomes the one client address (the first address, walking from the socket outwards, that is
 * not a trusted proxy); X-Real-IP and Forwarded go; X-Forwarded-Proto/Host/Port stay only when
 * the socket's peer is a trusted proxy (otherwise Next.js sets them from the connection).
 */
export function believeForwarding(request: IncomingMessage, trust: ProxyTrust): void {
  const peer = request.socket.remoteAddress ?? "";
  const client = proxyaddr(request, trust);
  request.headers["x-forwarded-for"] = plainAddress(client || peer);
  delete request.headers["x-real-ip"];
  delete request.headers.forwarded;
  if (!peer || !trust(peer, 0)) {
    delete request.headers["x-forwarded-proto"];
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-port"];
  }
}
