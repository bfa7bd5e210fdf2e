import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createPrismaClient } from "./db";
import { handleForm, nestedFields } from "./forms";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("nestedFields", () => {
  it("turns dotted names into objects and numbered rows into arrays", () => {
    const nested = nestedFields(
      form([
        ["name", "Phong trào"],
        ["targets.0.description", "Mục tiêu 1"],
        ["targets.0.value", "10"],
        ["targets.1.description", "Mục tiêu 2"],
        ["phases.REVIEW.startsOn", "2026-01-01"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(nested).toEqual({
      name: "Phong trào",
      targets: [{ description: "Mục tiêu 1", value: "10" }, { description: "Mục tiêu 2" }],
      phases: { REVIEW: { startsOn: "2026-01-01" } },
    });
  });

  it("ignores prototype-polluting names and absurd row numbers", () => {
    const nested = nestedFields(
      form([
        ["__proto__.polluted", "yes"],
        ["a.constructor.prototype.x", "1"],
        ["rows.1000000000.x", "1"],
        ["ok", "1"],
      ]),
    );
    expect(nested).toEqual({ ok: "1" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("handleForm with nested rows", () => {
  const schema = z.object({
    rows: z.array(z.object({ weight: z.coerce.number().int("invalid").min(1, "tooShort") })).min(1, "required"),
  });

  it("reports an error at the dotted name of the row's field and echoes what was typed", async () => {
    const state = await handleForm(
      form([
        ["rows.0.weight", "5"],
        ["rows.1.weight", "0"],
      ]),
      schema,
      async () => undefined,
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ "rows.1.weight": ["tooShort"] });
    expect(state.values).toEqual({ "rows.0.weight": "5", "rows.1.weight": "0" });
  });

  it("passes the parsed rows to the command", async () => {
    let received: unknown;
    const state = await handleForm(form([["rows.0.weight", "7"]]), schema, async (input) => {
      received = input;
    });
    expect(state.status).toBe("success");
    expect(received).toEqual({ rows: [{ weight: 7 }] });
  });
});

describe("handleForm when the database is away", () => {
  it("says the service is unavailable (not a generic failure) and keeps what was typed", async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    target.port = "1";
    const unreachable = createPrismaClient({ connectionString: target.toString(), connectTimeoutMs: 500 });
    const state = await handleForm(form([["name", "Hồ sơ"]]), z.object({ name: z.string() }), async () => {
      await unreachable.user.count();
    });
    expect(state).toMatchObject({ status: "error", message: "unavailable", values: { name: "Hồ sơ" } });
  });

  it("still reports other unexpected errors as a failure", async () => {
    const state = await handleForm(form([["name", "x"]]), z.object({ name: z.string() }), async () => {
      throw new Error("boom");
    });
    expect(state).toMatchObject({ status: "error", message: "failed" });
  });
});
