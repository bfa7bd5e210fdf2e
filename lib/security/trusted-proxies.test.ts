import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isHttpsRequest, judgedHostHeader, judgedProtoHeader, requestHost } from "./forwarded";
import { believeForwarding, compileProxyTrust, hopHeader } from "./trusted-proxies";

const token = "hop-token-of-this-server";

function requestFrom(peer: string, headers: Record<string, string>): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: { ...headers },
  } as unknown as IncomingMessage;
}

/** The judged headers as the app reads them. */
function judged(request: IncomingMessage) {
  const headers = new Headers(
    Object.entries(request.headers).map(([key, value]): [string, string] => [key, String(value)]),
  );
  return {
    client: request.headers["x-forwarded-for"],
    host: requestHost(headers, "?"),
    isHttps: isHttpsRequest(headers, new URL("http://x/")),
  };
}

describe("trusted proxies", () => {
  it("believes nobody by default: the socket's address, the Host header and plain HTTP count, whatever the client claims", () => {
    const request = requestFrom("203.0.113.7", {
      host: "vinhdanh.example",
      "x-forwarded-for": "1.2.3.4",
      "x-real-ip": "5.6.7.8",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      [judgedHostHeader]: "evil.example",
      [judgedProtoHeader]: "https",
    });
    believeForwarding(request, compileProxyTrust(undefined), token);
    expect(judged(request)).toEqual({ client: "203.0.113.7", host: "vinhdanh.example", isHttps: false });
    expect(request.headers["x-real-ip"]).toBeUndefined();
  });

  it("rotating the header changes nothing for an untrusted peer (the reported reproduction)", () => {
    const trust = compileProxyTrust("");
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const request = requestFrom("198.51.100.20", { "x-forwarded-for": `10.0.0.${i}` });
      believeForwarding(request, trust, token);
      seen.add(String(request.headers["x-forwarded-for"]));
    }
    expect([...seen]).toEqual(["198.51.100.20"]);
  });

  it("behind a trusted proxy takes the client, host and scheme it names, and skips every trusted hop", () => {
    const trust = compileProxyTrust("127.0.0.1, 10.0.0.0/8");
    const request = requestFrom("127.0.0.1", {
      host: "10.0.0.5:3000",
      "x-forwarded-for": "198.51.100.9, 10.1.2.3",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "vinhdanh.example",
    });
    believeForwarding(request, trust, token);
    expect(judged(request)).toEqual({ client: "198.51.100.9", host: "vinhdanh.example", isHttps: true });
  });

  it("stops at the first untrusted hop, so a client cannot prepend addresses", () => {
    const request = requestFrom("::ffff:127.0.0.1", { "x-forwarded-for": "1.2.3.4, 203.0.113.50" });
    believeForwarding(request, compileProxyTrust("loopback"), token);
    expect(request.headers["x-forwarded-for"]).toBe("203.0.113.50");
  });

  it("writes an IPv4 client of a dual-stack socket plainly", () => {
    const request = requestFrom("::ffff:192.0.2.1", {});
    believeForwarding(request, compileProxyTrust(""), token);
    expect(request.headers["x-forwarded-for"]).toBe("192.0.2.1");
  });

  it("leaves Next.js's own hops as judged the first time, and judges a forged hop like any request", () => {
    const original = requestFrom("203.0.113.7", { host: "vinhdanh.example" });
    believeForwarding(original, compileProxyTrust(""), token);
    // Next.js copies the headers into a request to itself.
    const hop = requestFrom("127.0.0.1", { ...(original.headers as Record<string, string>), host: "0.0.0.0:3000" });
    believeForwarding(hop, compileProxyTrust(""), token);
    expect(judged(hop)).toEqual({ client: "203.0.113.7", host: "vinhdanh.example", isHttps: false });
    const forged = requestFrom("198.51.100.1", {
      host: "vinhdanh.example",
      [hopHeader]: "guessed",
      "x-forwarded-for": "1.1.1.1",
    });
    believeForwarding(forged, compileProxyTrust(""), token);
    expect(judged(forged).client).toBe("198.51.100.1");
  });

  it("refuses a malformed entry", () => {
    expect(() => compileProxyTrust("10.0.0.0/33")).toThrow();
    expect(() => compileProxyTrust("not-an-address")).toThrow();
  });
});
