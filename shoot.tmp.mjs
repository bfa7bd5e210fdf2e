import { chromium } from "@playwright/test";
const base = "http://localhost:3300";
const [,, email, password, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const width of [1280, 390]) {
  const context = await browser.newContext({ baseURL: base, viewport: { width, height: 900 }, locale: "vi-VN" });
  const page = await context.newPage();
  if (email) {
    const csrf = await page.request.get("/api/auth/csrf");
    const { csrfToken } = await csrf.json();
    const r = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
    if (!r.ok()) throw new Error("signin " + r.status());
  }
  for (const [i, p] of paths.entries()) {
    const resp = await page.goto(p);
    const name = `/tmp/shots/${(email||"anon").split("@")[0]}-${i}-${width}.png`;
    await page.screenshot({ path: name, fullPage: true });
    console.log(resp.status(), p, name);
  }
  await context.close();
}
await browser.close();
