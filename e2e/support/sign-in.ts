import type { Page } from "@playwright/test";

/**
 * Signs in through next-auth's endpoints rather than the form, for tests about what a
 * signed-in person sees (the form itself is tested in sign-in.spec.ts).
 */
export async function signInViaApi(page: Page, email: string, password: string): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  if (!response.ok()) throw new Error(`Sign-in failed for ${email}: HTTP ${response.status()}`);
}
