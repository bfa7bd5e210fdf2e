import { describe, expect, it } from "vitest";
import { open, seal } from "./secret-box";
import { decodeStoredTotp, encodeStoredTotp, generateTotpSecret, matchTotp, totpCode, totpUri } from "./totp";

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" (base32 below).
const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("matches the RFC 6238 test vector", () => {
    // T = 59 s gives 94287082 with 8 digits: the last six for our 6-digit codes.
    expect(matchTotp(rfcSecret, "287082", new Date(59_000))).toBe(1);
  });

  it("accepts a code one step either side and refuses two steps away", () => {
    const secret = generateTotpSecret();
    const now = new Date("2025-06-01T08:00:15Z");
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, new Date(now.getTime() - 60_000)), now)).toBeNull();
  });

  it("refuses a wrong or malformed code", () => {
    const secret = generateTotpSecret();
    const now = new Date();
    const right = totpCode(secret, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(matchTotp(secret, wrong, now)).toBeNull();
    expect(matchTotp(secret, "12ab56", now)).toBeNull();
    expect(matchTotp(secret, "", now)).toBeNull();
  });

  it("builds an otpauth URI for authenticator apps", () => {
    const uri = totpUri(rfcSecret, "ha@example.vn");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Vinh%20Danh:ha%40example\.vn\?/);
    expect(uri).toContain("issuer=Vinh%20Danh");
    expect(uri).toContain("algorithm=SHA1&digits=6&period=30");
  });
});

describe("secret encryption", () => {
  it("round-trips and refuses a tampered value or another user's context", () => {
    const sealed = seal("totp-secret", "JBSWY3DPEHPK3PXP", "user-1");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open("totp-secret", sealed, "user-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(open("totp-secret", sealed, "user-2")).toBeNull();
    expect(open("mfa-enrolment", sealed, "user-1")).toBeNull();
    const [iv, ciphertext, tag] = sealed.split(".");
    const flipped = Buffer.from(ciphertext!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(open("totp-secret", [iv, flipped.toString("base64url"), tag].join("."), "user-1")).toBeNull();
    expect(open("totp-secret", "garbage", "user-1")).toBeNull();
  });

  it("stores the last accepted step beside the sealed secret", () => {
    const stored = encodeStoredTotp("user-1", { secret: "JBSWY3DPEHPK3PXP", lastStep: 42 });
    expect(decodeStoredTotp("user-1", stored)).toMatchObject({ secret: "JBSWY3DPEHPK3PXP", lastStep: 42 });
    expect(decodeStoredTotp("user-2", stored)).toBeNull();
  });
});
