// Request contexts of the matrix's cast: anonymous, or signed in through next-auth's own
// endpoint (the UI is not what these specs test).
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../../playwright.config";
import type { MatrixFixtures, MatrixRole } from "./fixtures";

/** A request context for `role`: anonymous, or with a fresh session of the role's person. */
export async function signedInContext(fx: MatrixFixtures, role: MatrixRole): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (role === "anonymous") return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: fx.emails[role], password: fx.password, json: "true" },
  });
  expect(response.ok(), `sign-in as ${role}`).toBe(true);
  return context;
}
