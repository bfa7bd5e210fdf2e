import type { CookiesOptions } from "next-auth";

/**
 * Session cookie settings: always HttpOnly and SameSite=Lax; over HTTPS also Secure and
 * `__Host-` prefixed (the browser then refuses it from subdomains or without Secure).
 */
export function sessionCookies(isSecure: boolean): Partial<CookiesOptions> {
  return {
    sessionToken: {
      name: isSecure ? "__Host-next-auth.session-token" : "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: isSecure },
    },
  };
}
