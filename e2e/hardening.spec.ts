import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { baseURL } from "../playwright.config";
import { demoAccount } from "./support/accounts";
import { actionCases } from "./support/matrix/action-cases";
import { signedInContext } from "./support/matrix/contexts";
import { createMatrixFixtures, matrixDatabase, type MatrixFixtures, type MatrixRole } from "./support/matrix/fixtures";
import { builtActions, callAction } from "./support/matrix/server-actions";
import { createPublishedDecision, insertHonouredNominee } from "./support/world";

// The seven defects of issue 16, each as it was reported: these failed before the fix.
test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ locale: "vi-VN" });

let db: PrismaClient;
let fx: MatrixFixtures;
const contexts = new Map<MatrixRole, APIRequestContext>();
const as = (role: MatrixRole) => contexts.get(role)!;

test.beforeAll(async () => {
  db = matrixDatabase();
  fx = await createMatrixFixtures(db);
  for (const role of ["anonymous", "officerA", "reviewer", "admin"] as const)
    contexts.set(role, await signedInContext(fx, role));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  await db?.$disconnect();
});

test("1. a callbackUrl that would leave the site after sign-in goes home instead", async ({ browser }) => {
  const staff = demoAccount("STAFF");
  for (const callbackUrl of ["%2F%5C127.0.0.1%3A9%2Fx", "%2F%09%2F127.0.0.1%3A9%2Fx"]) {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    const leftSite: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== baseURL) leftSite.push(request.url());
    });
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Thư điện tử").fill(staff.email);
    await page.getByLabel("Mật khẩu").fill(staff.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
    expect(leftSite, callbackUrl).toEqual([]);
    await context.close();
  }
  // A same-site target is still followed.
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/movements?x=1")}`);
  await page.getByLabel("Thư điện tử").fill(staff.email);
  await page.getByLabel("Mật khẩu").fill(staff.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(`${baseURL}/movements?x=1`);
  await context.close();
});

test("2. a NUL in a search or filter value is ignored, for visitors and every role, and exports come whole", async () => {
  const movement = fx.nominations.movementId;
  const pages: [MatrixRole, string][] = [
    ["anonymous", "/honorees?q=a%00b"],
    ["anonymous", `/movements/${fx.movements.public.id}/honorees?q=a%00b`],
    ["officerA", "/nominations?q=a%00b"],
    ["reviewer", "/reviews?q=a%00b"],
    ["admin", "/admin/users?q=a%00b"],
    ["admin", "/admin/units?q=a%00b"],
    ["admin", "/admin/audit?actor=a%00b"],
    ["admin", "/admin/merit?q=a%00b&holder=a%00b"],
    ["admin", `/admin/movements/${movement}/nominations?q=a%00b`],
  ];
  for (const [role, path] of pages) expect((await as(role).get(path)).status(), `${path} as ${role}`).toBe(200);

  const csv = await as("admin").get("/api/honorees/export?format=csv&q=a%00b");
  expect(csv.status()).toBe(200);
  const text = (await csv.body()).toString("utf8");
  // The header line, complete, and nothing cut: the file ends with a whole line.
  expect(text.startsWith("\uFEFFSTT,")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text).not.toContain("TỆP CHƯA ĐẦY ĐỦ");

  const xlsx = await as("admin").get("/api/honorees/export?format=xlsx&q=a%00b");
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe("STT");

  const pdf = await as("admin").get("/api/honorees/export?format=pdf&q=a%00b");
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");

  const nominations = await as("admin").get(`/api/movements/${movement}/nominations/export?q=a%00b`);
  expect(nominations.status()).toBe(200);
  await workbook.xlsx.load((await nominations.body()) as unknown as ExcelJS.Buffer);
});

test("1b. next-auth's endpoints take a callbackUrl they cannot parse, or a tampered cookie, without a 500", async ({
  request,
}) => {
  for (const callbackUrl of ["-1", "%00", "a&callbackUrl=b", "%C3%28"]) {
    expect((await request.get(`/api/auth/csrf?callbackUrl=${callbackUrl}`)).status(), callbackUrl).toBe(200);
  }
  const fresh = await playwrightRequest.newContext({ baseURL });
  const tampered = await fresh.get("/api/auth/session", { headers: { Cookie: "next-auth.callback-url=-1" } });
  expect(tampered.status()).toBe(200);
  await fresh.dispose();
});

test("3. a version number beyond PostgreSQL's integer is a bad request, not a 500", async () => {
  for (const version of [2_147_483_648, 1e20, -1, "1; DROP TABLE x"]) {
    const response = await as("officerA").post(`/api/nominations/${fx.nominations.draftOfA.id}/submit`, {
      data: { version },
      headers: { Origin: baseURL },
    });
    expect(response.status(), String(version)).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalidRequest" });
  }
});

/** Calls the server action `key` as `role` with the matrix's valid form, `changes` applied. */
async function actionWith(key: string, role: MatrixRole, changes: Record<string, string>) {
  const action = builtActions().find((a) => a.key === key)!;
  const actionCase = actionCases.find((c) => c.key === key)!;
  const probe = await actionCase.probe({ fx, db, role, response: () => ({ body: "", cookies: "" }) });
  const args = probe.args.map((arg) => {
    if (!(arg instanceof FormData)) return arg;
    const form = new FormData();
    for (const [name, value] of arg.entries()) if (!(name in changes)) form.append(name, value);
    for (const [name, value] of Object.entries(changes)) form.append(name, value);
    return form;
  });
  const { status, body } = await callAction(as(role), action, args, baseURL);
  return { status, body, tookEffect: await probe.tookEffect() };
}

test("4. a NUL in form text and a year-0 date are refused at their field, with what was typed kept", async () => {
  const name = `Phong trào ${randomUUID().slice(0, 6)}\u0000`;
  const withNul = await actionWith("app/admin/movements/actions.ts#createMovementAction", "admin", { name });
  expect(withNul.status).toBe(200);
  expect(withNul.body).toContain('"fieldErrors":{"name":["invalidCharacters"]}');
  expect(withNul.body).toContain('"description":"Phong trào dùng cho kiểm thử phân quyền."');
  expect(withNul.tookEffect).toBe(false);

  const yearZero = await actionWith("app/admin/movements/actions.ts#createMovementAction", "admin", {
    startsOn: "0000-01-01",
  });
  expect(yearZero.body).toMatch(/"fieldErrors":\{[^}]*"startsOn":\["dateOutOfRange"\]/);
  expect(yearZero.tookEffect).toBe(false);

  const dossier = await actionWith("app/nominations/actions.ts#saveNominationAction", "officerA", {
    citation: "Gương mẫu\u0000",
  });
  expect(dossier.body).toMatch(/"fieldErrors":\{[^}]*"citation":\["invalidCharacters"\]/);
  expect(dossier.tookEffect).toBe(false);
});

test("5. guesses at the current password are throttled like sign-in, with sign-in's message", async ({ browser }) => {
  const context = await browser.newContext({ locale: "vi-VN" });
  const page = await context.newPage();
  const { signInViaApi } = await import("./support/sign-in");
  await signInViaApi(page, fx.emails.staff, fx.password);
  await page.goto("/account/password");
  // Every wrong guess is counted against the account (sign-in's own attempts all succeeded).
  const failures = () => db.signInAttempt.count({ where: { email: fx.emails.staff, succeeded: false } });
  const attempt = async (current: string) => {
    await page.getByLabel("Mật khẩu hiện tại").fill(current);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Một câu dài đủ an toàn 2026");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("Một câu dài đủ an toàn 2026");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    // The form empties its password fields once the answer is in: only then is it ready again.
    await expect(page.getByLabel("Mật khẩu hiện tại")).toHaveValue("");
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`đoán-${i}`);
    await expect.poll(failures).toBe(i + 1);
    await expect(page.getByText("Mật khẩu hiện tại không đúng.")).toBeVisible();
  }
  await attempt(fx.password);
  await expect(page.getByRole("alert").filter({ hasText: "Có quá nhiều" })).toHaveText(
    "Có quá nhiều lần nhập sai. Vui lòng thử lại sau 1 phút.",
  );
  await context.close();
  // The sixth try was refused before any check: five failures, no success, the password unchanged.
  expect(
    await db.signInAttempt.count({ where: { email: fx.emails.staff, kind: "CURRENT_PASSWORD", succeeded: false } }),
  ).toBe(5);
  expect(
    await db.signInAttempt.count({ where: { email: fx.emails.staff, kind: "CURRENT_PASSWORD", succeeded: true } }),
  ).toBe(0);
});

test("6. X-Forwarded-For from a client that is not a trusted proxy is not believed", async ({ request }) => {
  const email = `khong-ton-tai-${randomUUID().slice(0, 8)}@example.com`;
  for (const forged of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { "X-Forwarded-For": forged, "X-Real-IP": forged },
      form: { csrfToken, email, password: "sai", json: "true" },
    });
    expect(response.status()).toBeLessThan(500);
  }
  const attempts = await db.signInAttempt.findMany({ where: { email }, select: { ip: true } });
  expect(attempts).toHaveLength(3);
  // Every failure counts against the connection's own address, not the one the client named.
  expect(new Set(attempts.map((a) => a.ip))).toEqual(new Set(["127.0.0.1"]));
});

test("7. a slash in a collective's name does not cut the certificate's file name", async () => {
  const suffix = randomUUID().slice(0, 6);
  const { unit, officer, movement, title, decision } = await createPublishedDecision(db, {
    code: "HD",
    suffix,
    unitName: `Công đoàn thử tên tệp ${suffix}`,
    movementName: `Phong trào tên tệp ${suffix}`,
  });
  const name = `Phòng Hành chính/Tổng hợp ${suffix}`;
  const honoree = await insertHonouredNominee(db, {
    movementId: movement.id,
    titleId: title.id,
    unit,
    decision,
    createdById: officer.id,
    name,
    listedFor: "PUBLIC",
  });
  await db.honoree.update({ where: { id: honoree.id }, data: { kind: "COLLECTIVE" } });
  const response = await as("admin").get(`/api/honorees/${honoree.id}/certificate`);
  expect(response.status()).toBe(200);
  const disposition = response.headers()["content-disposition"]!;
  expect(disposition).toContain(`filename="Giay chung nhan - Phong Hanh chinh-Tong hop ${suffix}.pdf"`);
  expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(
    `Giấy chứng nhận - Phòng Hành chính-Tổng hợp ${suffix}.pdf`,
  );
});
