import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collectiveDossier,
  createDraft,
  createNominationMovement,
  createNominationWorld,
  createSubmitted,
  individualDossier,
  nominationToday as today,
  saveInputOf,
  type NominationWorld,
} from "../../scripts/test/nomination-factories";
import { createPrismaClient } from "../db";
import { FieldError } from "../errors";
import { nestedFields } from "../forms";
import { createDraftNomination, returnNomination, saveDraftNomination, withdrawNomination } from "./commands";
import { NominationRefusedError } from "./errors";
import { createNominationSchema, saveNominationSchema, type DraftNominationInput } from "./schemas";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: NominationWorld;
beforeAll(async () => {
  world = await createNominationWorld(client);
});

const stored = (id: string) =>
  client.nomination.findUniqueOrThrow({
    where: { id },
    include: { selfAssessments: true, priorRecognitions: { orderBy: { position: "asc" } }, versions: true },
  });

const saveInput = saveInputOf;

describe("createDraftNomination", () => {
  it("creates a draft for an individual with the officer's unit as nominating unit, its identity key and an audit event", async () => {
    const input = individualDossier(world, world.movement, { nomineeName: "Trần  Văn Đức", unitId: world.aTeam.id });
    const { id } = await createDraft(world, input);
    const row = await stored(id);
    expect(row).toMatchObject({
      status: "DRAFT",
      version: 1,
      unitId: world.aTeam.id,
      nominatingUnitId: world.a.id,
      createdById: world.officerA.id,
      nomineeName: "Trần  Văn Đức",
      nomineeNameSearch: "tran van duc",
      identityKey: "INDIVIDUAL|tran van duc|1986",
      birthYear: 1986,
      collectiveSize: null,
    });
    expect(row.selfAssessments).toHaveLength(2);
    const events = await client.auditEvent.findMany({ where: { objectType: "Nomination", objectId: id } });
    expect(events.map((e) => e.action)).toEqual(["nomination.created"]);
    expect(events[0]?.after).toMatchObject({
      nomineeName: "Trần  Văn Đức",
      status: "DRAFT",
      selfAssessments: [{ text: "Tham mưu 14 văn bản, 100% đúng hạn." }, {}],
    });
  });

  it("creates a draft for a collective, clearing fields that only apply to individuals", async () => {
    const { id } = await createDraft(
      world,
      collectiveDossier(world, world.movement, { gender: "MALE", birthYear: 1990, serviceMonths: 3 }),
    );
    expect(await stored(id)).toMatchObject({
      nomineeKind: "COLLECTIVE",
      collectiveSize: 12,
      gender: null,
      birthYear: null,
      serviceMonths: null,
    });
  });

  it("refuses a title that is not for the nominee's kind, or not of this movement", async () => {
    const other = await createNominationMovement(client, world);
    const cases: [Partial<DraftNominationInput>, string][] = [
      [{ awardTitleId: world.movement.titles.collective.id }, "titleNotForKind"],
      [{ awardTitleId: other.titles.basic.id }, "notFound"],
    ];
    for (const [overrides, code] of cases) {
      const error = await createDraft(world, individualDossier(world, world.movement, overrides)).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FieldError);
      expect(error).toMatchObject({ field: "awardTitleId", fieldCode: code });
    }
  });

  it("refuses a unit outside the movement's coverage, and another officer's unit as forbidden", async () => {
    const outside = await createDraft(
      world,
      individualDossier(world, world.movement, { unitId: world.outside.id }),
      world.officerOutside,
    ).catch((e: unknown) => e);
    expect(outside).toMatchObject({ field: "unitId", fieldCode: "notInCoverage" });
    await expect(
      createDraft(world, individualDossier(world, world.movement, { unitId: world.b.id })),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses staff, administrators and anonymous callers", async () => {
    for (const actor of [world.staffA, world.admin, null]) {
      await expect(
        createDraftNomination({ actor, input: individualDossier(world, world.movement), today }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("refuses while the movement is not open or outside its nomination phase, and hides a draft movement", async () => {
    for (const status of ["REVIEW", "ARCHIVED"] as const) {
      const movement = await createNominationMovement(client, world, { status });
      const error = await createDraft(world, individualDossier(world, movement)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NominationRefusedError);
      expect((error as NominationRefusedError).problems).toEqual([{ code: "nominationClosed" }]);
    }
    const later = await createNominationMovement(client, world, {
      nominationPhase: { startsOn: "2026-09-01", endsOn: "2026-10-31" },
    });
    await expect(createDraft(world, individualDossier(world, later))).rejects.toBeInstanceOf(NominationRefusedError);
    const draft = await createNominationMovement(client, world, { status: "DRAFT" });
    await expect(createDraft(world, individualDossier(world, draft))).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses the same nominee twice for the same title and unit, whatever the accents and spacing", async () => {
    const movement = await createNominationMovement(client, world);
    await createDraft(world, individualDossier(world, movement, { nomineeName: "Lê Thị Thu Hà" }));
    const error = await createDraft(world, individualDossier(world, movement, { nomineeName: "le thi  thu ha" })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ field: "nomineeName", fieldCode: "duplicateNomination" });
    // Another birth year is another person; another title is another nomination.
    await createDraft(world, individualDossier(world, movement, { nomineeName: "Lê Thị Thu Hà", birthYear: 1990 }));
    await createDraft(
      world,
      individualDossier(world, movement, { nomineeName: "Lê Thị Thu Hà", awardTitleId: movement.titles.individual.id }),
    );
  });

  it("lets exactly one of two simultaneous creations of the same nominee through", async () => {
    const movement = await createNominationMovement(client, world);
    const input = individualDossier(world, movement);
    const results = await Promise.allSettled([createDraft(world, input), createDraft(world, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({ fieldCode: "duplicateNomination" });
  });

  it("refuses a self-assessment for a criterion of another movement", async () => {
    const other = await createNominationMovement(client, world);
    const foreign = other.criteria[0]!.id;
    const error = await createDraft(
      world,
      individualDossier(world, world.movement, { selfAssessments: { [foreign]: "..." } }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ field: `selfAssessments.${foreign}`, fieldCode: "invalid" });
  });

  it("keeps an XSS payload in plain fields as typed and strips it from the summary", async () => {
    const payload = `<script>alert("xss")</script><img src=x onerror=alert(1)>`;
    const input = createNominationSchema.parse({
      ...individualDossier(world, world.movement),
      nomineeName: `Phạm Văn Bình ${payload}`,
      citation: payload,
      achievementSummary: `<p>Kết quả tốt</p>${payload}`,
    });
    const { id } = await createDraft(world, input);
    const row = await stored(id);
    expect(row.citation).toBe(payload);
    expect(row.nomineeName).toContain("<script>");
    expect(row.achievementSummary).toBe("<p>Kết quả tốt</p>");
  });
});

describe("saveDraftNomination", () => {
  it("saves the dossier, replacing self-assessments and prior recognitions, and recomputes the identity key", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id } = await createDraft(world, dossier);
    const [first] = world.movement.criteria;
    const { version } = await saveDraftNomination({
      actor: world.officerA,
      input: saveInput(id, 1, dossier, {
        nomineeName: "Đỗ Minh Khôi",
        birthYear: 1979,
        selfAssessments: { [first!.id]: "Đã sửa." },
        priorRecognitions: [{ title: "Lao động tiên tiến", year: 2024, decisionRef: "QĐ 12/QĐ-CĐ", index: 0 }],
      }),
    });
    expect(version).toBe(2);
    const row = await stored(id);
    expect(row).toMatchObject({ version: 2, nomineeName: "Đỗ Minh Khôi", identityKey: "INDIVIDUAL|do minh khoi|1979" });
    expect(row.selfAssessments.map((s) => s.text)).toEqual(["Đã sửa."]);
    expect(row.priorRecognitions).toMatchObject([
      { position: 1, title: "Lao động tiên tiến", year: 2024, decisionRef: "QĐ 12/QĐ-CĐ" },
    ]);
    const events = await client.auditEvent.findMany({ where: { objectId: id, action: "nomination.saved" } });
    expect(events[0]?.after).toMatchObject({
      version: 2,
      changes: expect.arrayContaining([{ field: "nomineeName", before: dossier.nomineeName, after: "Đỗ Minh Khôi" }]),
    });
  });

  it("parses the form as posted: fields named by criterion id and prior recognition rows", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id } = await createDraft(world, dossier);
    const [first, second] = world.movement.criteria;
    const form = new FormData();
    for (const [key, value] of Object.entries({
      id,
      version: "1",
      citation: "Lời trích dẫn mới",
      birthYear: "1986",
      [`selfAssessments.${first!.id}`]: "Một",
      [`selfAssessments.${second!.id}`]: "",
      "priorRecognitions.0.title": "Lao động tiên tiến",
      "priorRecognitions.0.year": "2025",
    })) {
      form.append(key, value);
    }
    await saveDraftNomination({ actor: world.officerA, input: saveNominationSchema.parse(nestedFields(form)) });
    const row = await stored(id);
    expect(row).toMatchObject({
      citation: "Lời trích dẫn mới",
      nomineeName: dossier.nomineeName,
      position: null,
      version: 2,
    });
    expect(row.selfAssessments.map((s) => s.text)).toEqual(["Một"]);
    expect(row.priorRecognitions).toHaveLength(1);
  });

  it("refuses a save from a stale version with a conflict and overwrites nothing", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id } = await createDraft(world, dossier);
    await saveDraftNomination({
      actor: world.officerA,
      input: saveInput(id, 1, dossier, { citation: "Bản của cán bộ thứ nhất" }),
    });
    await expect(
      saveDraftNomination({
        actor: world.officerRoot,
        input: saveInput(id, 1, dossier, { citation: "Bản của cán bộ thứ hai" }),
      }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await stored(id)).toMatchObject({ citation: "Bản của cán bộ thứ nhất", version: 2 });
  });

  it("lets exactly one of two simultaneous saves of the same version win", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id } = await createDraft(world, dossier);
    const results = await Promise.allSettled([
      saveDraftNomination({ actor: world.officerA, input: saveInput(id, 1, dossier, { citation: "A" }) }),
      saveDraftNomination({ actor: world.officerRoot, input: saveInput(id, 1, dossier, { citation: "B" }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toMatchObject({ code: "conflict" });
    const row = await stored(id);
    expect(row.version).toBe(2);
    expect(["A", "B"]).toContain(row.citation);
  });

  it("refuses a rename onto a nominee who already has this title in the unit", async () => {
    const movement = await createNominationMovement(client, world);
    await createDraft(world, individualDossier(world, movement, { nomineeName: "Vũ Thị Lan" }));
    const dossier = individualDossier(world, movement);
    const { id } = await createDraft(world, dossier);
    await expect(
      saveDraftNomination({ actor: world.officerA, input: saveInput(id, 1, dossier, { nomineeName: "Vũ Thị Lan" }) }),
    ).rejects.toMatchObject({
      field: "nomineeName",
      fieldCode: "duplicateNomination",
    });
  });

  it("refuses officers outside the scope (not found), administrators (forbidden), and a submitted dossier", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id, version } = await createSubmitted(world, dossier);
    await expect(
      saveDraftNomination({ actor: world.officerB, input: saveInput(id, version, dossier) }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      saveDraftNomination({ actor: world.admin, input: saveInput(id, version, dossier) }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const error = await saveDraftNomination({ actor: world.officerA, input: saveInput(id, version, dossier) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NominationRefusedError);
    expect((error as NominationRefusedError).problems[0]).toMatchObject({ code: "notEditable" });
  });
});

describe("withdrawNomination", () => {
  it("withdraws a submitted nomination, frees its identity and keeps its files and versions", async () => {
    const movement = await createNominationMovement(client, world);
    const dossier = individualDossier(world, movement, { nomineeName: "Hoàng Văn Nam" });
    const { id, version } = await createSubmitted(world, dossier);
    const file = await client.nominationFile.create({
      data: {
        nominationId: id,
        kind: "EVIDENCE",
        storageKey: `test/${id}`,
        fileName: "bao-cao.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "x".repeat(64),
        uploadedById: world.officerA.id,
      },
    });
    await withdrawNomination({ actor: world.officerA, input: { id, version } });
    const row = await stored(id);
    expect(row).toMatchObject({ status: "WITHDRAWN", identityKey: null, version: version + 1 });
    expect(row.versions).toHaveLength(1);
    expect(await client.nominationFile.findUnique({ where: { id: file.id } })).toMatchObject({ removedAt: null });
    // The same person can be nominated again.
    await createDraft(world, individualDossier(world, movement, { nomineeName: "Hoàng Văn Nam" }));
    const events = await client.auditEvent.findMany({ where: { objectId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["nomination.created", "nomination.submitted", "nomination.withdrawn"]);
  });

  it("refuses once review has started, from a stale version, and from outside the scope", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id, version } = await createSubmitted(world, dossier);
    await expect(
      withdrawNomination({ actor: world.officerA, input: { id, version: version - 1 } }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(withdrawNomination({ actor: world.officerB, input: { id, version } })).rejects.toMatchObject({
      code: "not_found",
    });
    await client.nomination.update({ where: { id }, data: { status: "IN_REVIEW" } });
    await expect(withdrawNomination({ actor: world.officerA, input: { id, version } })).rejects.toBeInstanceOf(
      NominationRefusedError,
    );
  });
});

describe("returnNomination", () => {
  it("returns a submitted dossier with a comment and notifies the officer who created it", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id, version } = await createSubmitted(world, dossier);
    await returnNomination({
      actor: world.admin,
      input: { id, version, comment: "Bổ sung số liệu năm 2025 cho tiêu chí 2." },
    });
    expect(await stored(id)).toMatchObject({
      status: "RETURNED",
      returnComment: "Bổ sung số liệu năm 2025 cho tiêu chí 2.",
      version: version + 1,
    });
    const notices = await client.notification.findMany({ where: { nominationId: id } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      userId: world.officerA.id,
      kind: "NOMINATION_RETURNED",
      readAt: null,
      params: {
        nominee: dossier.nomineeName,
        title: "Lao động tiên tiến",
        comment: "Bổ sung số liệu năm 2025 cho tiêu chí 2.",
      },
    });
    const event = await client.auditEvent.findFirst({ where: { objectId: id, action: "nomination.returned" } });
    expect(event).toMatchObject({ actorId: world.admin.id });
  });

  it("is for administrators only, and only for a submitted dossier", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id } = await createDraft(world, dossier);
    await expect(
      returnNomination({ actor: world.officerA, input: { id, version: 1, comment: "x" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const error = await returnNomination({ actor: world.admin, input: { id, version: 1, comment: "x" } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NominationRefusedError);
    expect((error as NominationRefusedError).problems[0]).toMatchObject({ code: "notSubmitted" });
    expect(await client.notification.count({ where: { nominationId: id } })).toBe(0);
  });
});
