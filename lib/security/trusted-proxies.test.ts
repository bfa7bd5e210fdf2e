import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { believeForwarding, compileProxyTrust } from "./trusted-proxies";

function requestFrom(peer: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("trusted proxies", () => {
  it("believes nobody by default: the socket's address counts, whatever the client claims", () => {
    const request = requestFrom("203.0.113.7", { "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" });
    believeForwarding(request, compileProxyTrust(undefined));
    expect(request.headers["x-forwarded-for"]).toBe("203.0.113.7");
    expect(request.headers["x-real-ip"]).toBeUndefined();
    expect(request.headers["x-forwarded-proto"]).toBeUndefined();
    expect(request.headers["x-forwarded-host"]).toBeUndefined();
  });

  it("rotating the header changes nothing for an untrusted peer (the reported reproduction)", () => {
    const trust = compileProxyTrust("");
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const request = requestFrom("198.51.100.20", { "x-forwarded-for": `10.0.0.${i}` });
      believeForwarding(request, trust);
      seen.add(String(request.headers["x-forwarded-for"]));
    }
    expect([...seen]).toEqual(["198.51.100.20"]);
  });

  it("behind a trusted proxy takes the client it names, and skips every trusted hop", () => {
    const trust = compileProxyTrust("127.0.0.1, 10.0.0.0/8");
    const request = requestFrom("127.0.0.1", { "x-forwarded-for": "198.51.100.9, 10.1.2.3", "x-forwarded-proto": "https", "x-forwarded-host": "vinhdanh.example" });
    believeForwarding(request, trust);
    expect(request.headers["x-forwarded-for"]).toBe("198.51.100.9");
    expect(request.headers["x-forwarded-proto"]).toBe("https");
    expect(request.headers["x-forwarded-host"]).toBe("vinhdanh.example");
  });

  it("stops at the first untrusted hop, so a client cannot prepend addresses", () => {
    const trust = compileProxyTrust("loopback");
    const request = requestFrom("::ffff:127.0.0.1", { "x-forwarded-for": "1.2.3.4, 203.0.113.50" });
    believeForwarding(request, trust);
    expect(request.headers["x-forwarded-for"]).toBe("203.0.113.50");
  });

  it("writes an IPv4 client of a dual-stack socket plainly", () => {
    const request = requestFrom("::ffff:192.0.2.1", {});
    believeForwarding(request, compileProxyTrust(""));
    expect(request.headers["x-forwarded-for"]).toBe("192.0.2.1");
  });

  it("refuses a malformed entry", () => {
    expect(() => compileProxyTrust("10.0.0.0/33")).toThrow();
    expect(() => compileProxyTrust("not-an-address")).toThrow();
  });
});
