// Whose X-Forwarded-* headers are believed (TRUSTED_PROXIES, decision 0003). Anyone can send
// "X-Forwarded-For: 1.2.3.4"; only a proxy we run puts the real client there. So the app's server
// (scripts/serve.mjs) walks the chain from the socket outwards, past trusted proxies only, and
// rewrites the headers to what it believes before Next.js and the app read them.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { judgedHostHeader, judgedProtoHeader } from "./forwarded";

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
 * Next.js sends some requests to itself (the page a server action redirects to; an action
 * posted on a page other than its own), copying the original request's headers. Such a hop
 * carries this header with the server's token, and keeps what was judged of the original
 * request instead of being judged again as a request from the server itself.
 */
export const hopHeader = "x-vinh-danh-hop";

const firstOf = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() || undefined;

/**
 * Rewrites `request`'s forwarding headers to what `trust` lets us believe: X-Forwarded-For
 * becomes the one client address (the first address, walking from the socket outwards, that is
 * not a trusted proxy); the judged host and scheme (lib/security/forwarded.ts) come from
 * X-Forwarded-Host/-Proto only when the connection itself is from a trusted proxy, else from
 * the Host header and the connection; X-Real-IP and Forwarded go. X-Forwarded-Host/-Proto are
 * left for Next.js, which builds its own hops from them; the app never reads them.
 */
export function believeForwarding(request: IncomingMessage, trust: ProxyTrust, hopToken: string): void {
  if (request.headers[hopHeader] === hopToken) return;
  const peer = request.socket.remoteAddress ?? "";
  const isProxied = Boolean(peer) && trust(peer, 0);
  const client = proxyaddr(request, trust);
  const isTls = "encrypted" in request.socket && Boolean(request.socket.encrypted);
  request.headers["x-forwarded-for"] = plainAddress(client || peer);
  request.headers[judgedHostHeader] =
    (isProxied && firstOf(request.headers["x-forwarded-host"])) || request.headers.host || "";
  request.headers[judgedProtoHeader] =
    (isProxied && firstOf(request.headers["x-forwarded-proto"])) === "https" || (!isProxied && isTls)
      ? "https"
      : "http";
  request.headers[hopHeader] = hopToken;
  delete request.headers["x-real-ip"];
  delete request.headers.forwarded;
}
