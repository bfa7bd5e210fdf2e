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
  type NominationMovement,
  type NominationWorld,
} from "../../scripts/test/nomination-factories";
import { createPrismaClient } from "../db";
import type { Actor } from "../session";
import { holderKeyOf } from "../roster/merit";
import { toSearchText } from "../text/search-text";
import { returnNomination, saveDraftNomination, submitNomination, withdrawNomination } from "./commands";
import { NominationRefusedError, type NominationProblem } from "./errors";
import { getNominationVersions } from "./queries";
import type { DraftNominationInput } from "./schemas";
import { parseSnapshot } from "./snapshot";

const client = createPrismaClient({ connectionString: process.env.TEST_DATABASE_URL! });
afterAll(() => client.$disconnect());

let world: NominationWorld;
beforeAll(async () => {
  world = await createNominationWorld(client);
});

const submit = (id: string, version: number, actor: Actor = world.officerA, day = today) =>
  submitNomination({ actor, input: { id, version }, today: day });

/** The problems a submission is refused with ([] when it goes through). */
async function problemsOf(input: DraftNominationInput): Promise<NominationProblem[]> {
  const { id } = await createDraft(world, input);
  const error = await submit(id, 1).catch((e: unknown) => e);
  if (error instanceof NominationRefusedError) return error.problems;
  if (error instanceof Error) throw error;
  return [];
}

const codes = (problems: NominationProblem[]) => problems.map((p) => p.code);

describe("submitNomination", () => {
  it("submits a complete dossier: status, time, a first version with the whole dossier, and an audit event", async () => {
    const input = individualDossier(world, world.movement, {
      priorRecognitions: [{ title: "Lao động tiên tiến", year: 2025, decisionRef: "QĐ 7", index: 0 }],
    });
    const { id } = await createDraft(world, input);
    await client.nominationFile.create({
      data: {
        nominationId: id,
        kind: "EVIDENCE",
        storageKey: `test/${id}/a`,
        fileName: "bao-cao-thanh-tich.pdf",
        mimeType: "application/pdf",
        sizeBytes: 2048,
        sha256: "a".repeat(64),
        uploadedById: world.officerA.id,
      },
    });
    await client.nominationFile.create({
      data: {
        nominationId: id,
        kind: "EVIDENCE",
        storageKey: `test/${id}/b`,
        fileName: "da-go.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "b".repeat(64),
        uploadedById: world.officerA.id,
        removedAt: new Date(),
      },
    });
    expect(await submit(id, 1)).toEqual({ versionNumber: 1, alreadySubmitted: false });
    const row = await client.nomination.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.versions).toHaveLength(1);
    const snapshot = parseSnapshot(row.versions[0]!.snapshot);
    expect(row.versions[0]).toMatchObject({ number: 1, fromVersion: 1, submittedById: world.officerA.id });
    expect(snapshot).toMatchObject({
      nomineeName: input.nomineeName,
      citation: input.citation,
      unit: { id: world.a.id },
      awardTitle: { name: "Lao động tiên tiến" },
      priorRecognitions: [{ title: "Lao động tiên tiến", year: 2025, decisionRef: "QĐ 7" }],
      files: [{ fileName: "bao-cao-thanh-tich.pdf", kind: "EVIDENCE", sizeBytes: 2048 }],
    });
    expect(snapshot.selfAssessments.map((s) => s.criterionName)).toEqual(world.movement.criteria.map((c) => c.name));
    expect(
      await client.auditEvent.findFirst({ where: { objectId: id, action: "nomination.submitted" } }),
    ).toMatchObject({ actorId: world.officerA.id });
  });

  it("lists every missing field and unanswered criterion at once", async () => {
    const [first, second] = world.movement.criteria;
    const problems = await problemsOf(
      individualDossier(world, world.movement, {
        gender: null,
        birthYear: null,
        position: null,
        yearsOfService: null,
        achievementSummary: "<p> </p>",
        citation: "",
        selfAssessments: { [first!.id]: "Có" },
      }),
    );
    expect(problems).toEqual([
      { code: "missingField", field: "gender" },
      { code: "missingField", field: "birthYear" },
      { code: "missingField", field: "position" },
      { code: "missingField", field: "yearsOfService" },
      { code: "missingField", field: "achievementSummary" },
      { code: "missingField", field: "citation" },
      { code: "selfAssessmentMissing", field: `selfAssessments.${second!.id}`, values: { criterion: second!.name } },
    ]);
  });

  it("asks a collective for its size, not for a gender or birth year", async () => {
    expect(await problemsOf(collectiveDossier(world, world.movement, { collectiveSize: null }))).toEqual([
      { code: "missingField", field: "collectiveSize" },
    ]);
    expect(await problemsOf(collectiveDossier(world, world.movement))).toEqual([]);
  });

  it("refuses a unit that did not register when the movement requires it, and not otherwise", async () => {
    const registered = await createNominationMovement(client, world, { registered: [] });
    expect(await problemsOf(individualDossier(world, registered))).toEqual([
      { code: "notRegistered", field: "unitId", values: { unit: world.a.name } },
    ]);
    const optional = await createNominationMovement(client, world, { registered: [], requiresRegistration: false });
    expect(await problemsOf(individualDossier(world, optional))).toEqual([]);
  });

  describe("a title requiring a prior title", () => {
    let movement: NominationMovement;
    beforeAll(async () => {
      movement = await createNominationMovement(client, world, {
        individualRules: { requiredPriorTitle: "Lao động tiên tiến" },
      });
    });
    const dossier = (overrides: Partial<DraftNominationInput>) =>
      individualDossier(world, movement, { awardTitleId: movement.titles.individual.id, ...overrides });

    it("is refused without it", async () => {
      expect(await problemsOf(dossier({}))).toEqual([
        {
          code: "priorTitleMissing",
          field: "priorRecognitions",
          values: { title: "Chiến sĩ thi đua cơ sở", required: "Lao động tiên tiến" },
        },
      ]);
      expect(
        codes(
          await problemsOf(
            dossier({ priorRecognitions: [{ title: "Giấy khen", year: 2025, decisionRef: null, index: 0 }] }),
          ),
        ),
      ).toEqual(["priorTitleMissing"]);
    });

    it("is accepted when it is declared, whatever the case and accents", async () => {
      expect(
        await problemsOf(
          dossier({
            priorRecognitions: [{ title: "lao dong tien tien", year: 2025, decisionRef: "QĐ 45/QĐ-CĐN", index: 0 }],
          }),
        ),
      ).toEqual([]);
    });

    it("is accepted from the merit history: a standing recognition of the same person in the same unit", async () => {
      const name = `Bùi Thị Mai ${Date.now()}`;
      const earlier = await createNominationMovement(client, world);
      const honoured = await client.nomination.create({
        data: {
          movementId: earlier.id,
          awardTitleId: earlier.titles.basic.id,
          unitId: world.a.id,
          nominatingUnitId: world.a.id,
          createdById: world.officerA.id,
          nomineeKind: "INDIVIDUAL",
          nomineeName: name,
          nomineeNameSearch: toSearchText(name),
          status: "HONOURED",
        },
      });
      const decision = await client.decision.create({
        data: {
          movementId: earlier.id,
          number: `${Date.now()}/QĐ-CĐ`,
          issuedOn: new Date("2025-12-20"),
          signerName: "Nguyễn Văn Chủ",
          issuingAuthority: "Công đoàn ngành",
        },
      });
      const honoree = await client.honoree.create({
        data: {
          nominationId: honoured.id,
          decisionId: decision.id,
          movementId: earlier.id,
          awardTitleId: earlier.titles.basic.id,
          unitId: world.a.id,
          kind: "INDIVIDUAL",
          name,
          nameSearch: toSearchText(name),
          citation: "Tận tụy",
          story: "",
          holderKey: holderKeyOf({ kind: "INDIVIDUAL", unitId: world.a.id, name, birthYear: 1986 }),
          awardedOn: new Date("2025-12-20"),
          searchText: toSearchText(name),
        },
      });
      expect(await problemsOf(dossier({ nomineeName: name, birthYear: 1986 }))).toEqual([]);
      // Same name, another birth year: another person, whose history is empty.
      expect(codes(await problemsOf(dossier({ nomineeName: name, birthYear: 1970 })))).toEqual(["priorTitleMissing"]);
      // A revoked recognition no longer counts (a second movement with the same rule: the first already holds this dossier).
      await client.honoree.update({
        where: { id: honoree.id },
        data: { revokedAt: new Date(), revokedReason: "Hồ sơ không trung thực" },
      });
      const later = await createNominationMovement(client, world, {
        individualRules: { requiredPriorTitle: "Lao động tiên tiến" },
      });
      const laterDossier = individualDossier(world, later, {
        awardTitleId: later.titles.individual.id,
        nomineeName: name,
        birthYear: 1986,
      });
      expect(codes(await problemsOf(laterDossier))).toEqual(["priorTitleMissing"]);
    });
  });

  it("applies the exclusions: under the minimum months of service, the absence limit or more, a disciplinary measure", async () => {
    const movement = await createNominationMovement(client, world, {
      individualRules: { minServiceMonths: 10, maxAbsenceDays: 40, excludesDisciplined: true },
    });
    const dossier = (overrides: Partial<DraftNominationInput>) =>
      individualDossier(world, movement, { awardTitleId: movement.titles.individual.id, ...overrides });
    expect(await problemsOf(dossier({ serviceMonths: 10, absenceDays: 39 }))).toEqual([]);
    expect(await problemsOf(dossier({ serviceMonths: 9 }))).toEqual([
      { code: "serviceTooShort", field: "serviceMonths", values: { min: "10", actual: "9" } },
    ]);
    expect(await problemsOf(dossier({ absenceDays: 40 }))).toEqual([
      { code: "tooManyAbsences", field: "absenceDays", values: { max: "40", actual: "40" } },
    ]);
    expect(await problemsOf(dossier({ disciplined: true }))).toEqual([{ code: "disciplined", field: "disciplined" }]);
    expect(codes(await problemsOf(dossier({ serviceMonths: null, absenceDays: null, disciplined: true })))).toEqual([
      "missingField",
      "missingField",
      "disciplined",
    ]);
    expect(codes(await problemsOf(dossier({ serviceMonths: 3, absenceDays: 60, disciplined: true })))).toEqual([
      "serviceTooShort",
      "tooManyAbsences",
      "disciplined",
    ]);
  });

  it("keeps a unit within its quota given as a count", async () => {
    const movement = await createNominationMovement(client, world, { basicRules: { quotaPerUnit: 2 } });
    await createSubmitted(world, individualDossier(world, movement));
    await createSubmitted(world, individualDossier(world, movement));
    // Drafts and other units do not use the places of unit A.
    await createDraft(world, individualDossier(world, movement));
    expect(await problemsOf(individualDossier(world, movement, { unitId: world.aTeam.id }))).toEqual([]);
    expect(await problemsOf(individualDossier(world, movement))).toEqual([
      {
        code: "unitQuotaReached",
        field: "awardTitleId",
        values: { title: "Lao động tiên tiến", unit: world.a.name, limit: "2", used: "2" },
      },
    ]);
  });

  it("keeps a unit within its quota given as a share of its headcount, and frees a place when one is withdrawn", async () => {
    // 5% of unit A's 40 staff: 2 places.
    const movement = await createNominationMovement(client, world, { basicRules: { quotaPerUnitPercent: 5 } });
    const first = await createSubmitted(world, individualDossier(world, movement));
    await createSubmitted(world, individualDossier(world, movement));
    const third = await createDraft(world, individualDossier(world, movement));
    const error = await submit(third.id, 1).catch((e: unknown) => e);
    expect((error as NominationRefusedError).problems).toMatchObject([
      { code: "unitQuotaReached", values: { limit: "2", used: "2" } },
    ]);
    await withdrawNomination({ actor: world.officerA, input: first });
    expect(await submit(third.id, 1)).toMatchObject({ alreadySubmitted: false });
  });

  it("keeps the movement within the title's total quota", async () => {
    const movement = await createNominationMovement(client, world, { basicRules: { quotaTotal: 1 } });
    await createSubmitted(world, individualDossier(world, movement, { unitId: world.aTeam.id }));
    expect(await problemsOf(individualDossier(world, movement))).toEqual([
      { code: "movementQuotaReached", field: "awardTitleId", values: { title: "Lao động tiên tiến", limit: "1" } },
    ]);
  });

  it("gives the last place of a quota to only one of two simultaneous submissions", async () => {
    const movement = await createNominationMovement(client, world, { basicRules: { quotaPerUnit: 1 } });
    const one = await createDraft(world, individualDossier(world, movement));
    const two = await createDraft(world, individualDossier(world, movement));
    const results = await Promise.allSettled([submit(one.id, 1), submit(two.id, 1)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && (refused.reason as NominationRefusedError).problems).toMatchObject([
      { code: "unitQuotaReached" },
    ]);
  });

  it("records one submission for a double click: the second call reports it was already submitted", async () => {
    const { id } = await createDraft(world, individualDossier(world, world.movement));
    const results = await Promise.all([submit(id, 1), submit(id, 1)]);
    expect(results.map((r) => r.versionNumber)).toEqual([1, 1]);
    expect(results.map((r) => r.alreadySubmitted).sort()).toEqual([false, true]);
    expect(await client.nominationVersion.count({ where: { nominationId: id } })).toBe(1);
    expect(await submit(id, 1)).toEqual({ versionNumber: 1, alreadySubmitted: true });
    expect(await client.auditEvent.count({ where: { objectId: id, action: "nomination.submitted" } })).toBe(1);
  });

  it("refuses after the nomination phase, and outside the officer's scope", async () => {
    const { id } = await createDraft(world, individualDossier(world, world.movement));
    const error = await submit(id, 1, world.officerA, "2026-12-01").catch((e: unknown) => e);
    expect((error as NominationRefusedError).problems).toEqual([{ code: "nominationClosed" }]);
    await expect(submit(id, 1, world.officerB)).rejects.toMatchObject({ code: "not_found" });
    await expect(submit(id, 1, world.admin)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("takes back a returned dossier, revised, as version 2, and shows what changed since version 1", async () => {
    const dossier = individualDossier(world, world.movement);
    const { id, version } = await createSubmitted(world, dossier);
    await returnNomination({ actor: world.admin, input: { id, version, comment: "Nêu rõ số liệu." } });
    const saved = await saveDraftNomination({
      actor: world.officerA,
      input: saveInputOf(id, version + 1, dossier, { citation: "Lời trích dẫn đã bổ sung số liệu." }),
    });
    // Returned dossiers come back even after the nomination phase: the return reopened them.
    expect(await submit(id, saved.version, world.officerA, "2026-12-01")).toEqual({
      versionNumber: 2,
      alreadySubmitted: false,
    });
    expect(await client.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SUBMITTED",
      version: saved.version + 1,
    });
    const compared = await getNominationVersions({ actor: world.officerA, id, number: 2 });
    expect(compared?.previous?.number).toBe(1);
    expect(compared?.changes).toEqual([
      { field: "citation", before: dossier.citation, after: "Lời trích dẫn đã bổ sung số liệu." },
    ]);
    expect(await getNominationVersions({ actor: world.officerB, id, number: 2 })).toBeNull();
  });
});
