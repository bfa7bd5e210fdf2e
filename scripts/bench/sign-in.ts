// Signs a bench account in over HTTP, as a browser's form would, through next-auth's own
// endpoints: the CSRF token (and its cookie), then the credentials callback.
const sessionCookieName = "next-auth.session-token";

/** The `name=value` pairs of a response's Set-Cookie headers, joined for a Cookie header. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/** The Cookie header of a fresh session of `email` on the server at `base`. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = cookiePairs(response).find(
    (pair) => pair.startsWith(`${sessionCookieName}=`) && pair.length > sessionCookieName.length + 1,
  );
  if (!session) throw new Error(`Sign-in failed for ${email}: HTTP ${response.status}, no session cookie.`);
  return session;
}
