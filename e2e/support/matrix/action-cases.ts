// Server-action rows of the authorization matrix. Each probe makes its own fresh target
// (so one role's allowed change cannot hide another's), sends what a crafted request would,
// and says whether the change happened.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { toSearchText } from "../../../lib/text/search-text";
import { matrixAreas } from "./areas";
import { storedEvidence } from "./file-fixtures";
import type { MatrixFixtures, MatrixRole } from "./fixtures";
import { dossierOfA } from "./nomination-fixtures";
import { formData } from "./server-actions";

export interface ActionProbe {
  args: unknown[];
  /** Did the call change what it would change if allowed? */
  tookEffect(): Promise<boolean>;
  /** Call with a session signed in for this call alone, not the role's shared one (sign-out ends it). */
  ownSession?: boolean;
}

export interface ProbeContext {
  fx: MatrixFixtures;
  db: PrismaClient;
  role: MatrixRole;
  /** The last response to this probe's call (body and the caller's cookies). */
  response(): { body: string; cookies: string };
}

export interface ActionCase {
  /** "app/actions.ts#setLocale": file and export, as the build names it. */
  key: string;
  allowed: readonly MatrixRole[];
  probe(context: ProbeContext): Promise<ActionProbe>;
}

const idle = { status: "idle" };
const signedInRoles = ["staff", "officerA", "officerB", "officerParent", "reviewer", "admin"] as const;
const unique = () => randomUUID().slice(0, 8);

/** A calendar day `offset` days from today (YYYY-MM-DD, UTC). */
function dayFromToday(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);
}

/** A complete movement definition as the editor submits it, with phases around today so it may be opened. */
function movementFields(fx: MatrixFixtures, code: string): Record<string, string> {
  return {
    code,
    name: `Phong trào thử ${code}`,
    description: "Phong trào dùng cho kiểm thử phân quyền.",
    organizingUnitId: fx.units.parent.id,
    coverageUnitId: fx.units.parent.id,
    startsOn: dayFromToday(-5),
    endsOn: dayFromToday(300),
    visibility: "PUBLIC",
    requiresRegistration: "on",
    postingWorkingDays: "10",
    "phases.REGISTRATION.startsOn": dayFromToday(-5),
    "phases.REGISTRATION.endsOn": dayFromToday(10),
    "phases.NOMINATION.startsOn": dayFromToday(11),
    "phases.NOMINATION.endsOn": dayFromToday(40),
    "phases.REVIEW.startsOn": dayFromToday(41),
    "phases.REVIEW.endsOn": dayFromToday(60),
    "criteria.0.name": "Hiệu quả công việc",
    "criteria.0.weight": "100",
    "criteria.0.maxScore": "10",
    "titles.0.name": "Điển hình tiên tiến",
    "titles.0.eligibility": "BOTH",
    "titles.0.approvalThresholdPercent": "60",
  };
}

/** A fresh draft movement of P with a complete definition: the object of movement-management probes. */
async function draftMovementOfP({ fx, db }: ProbeContext) {
  const utc = (day: string) => new Date(`${day}T00:00:00.000Z`);
  const code = `MXM-${unique()}`.toUpperCase();
  return db.movement.create({
    data: {
      code,
      name: `Phong trào thử ${code}`,
      description: "Phong trào dùng cho kiểm thử phân quyền.",
      organizingUnitId: fx.units.parent.id,
      coverageUnitId: fx.units.parent.id,
      startsOn: utc(dayFromToday(-5)),
      endsOn: utc(dayFromToday(300)),
      phases: {
        create: [
          { kind: "REGISTRATION", startsOn: utc(dayFromToday(-5)), endsOn: utc(dayFromToday(10)) },
          { kind: "NOMINATION", startsOn: utc(dayFromToday(11)), endsOn: utc(dayFromToday(40)) },
          { kind: "REVIEW", startsOn: utc(dayFromToday(41)), endsOn: utc(dayFromToday(60)) },
        ],
      },
      criteria: { create: [{ position: 1, name: "Hiệu quả công việc", guidance: "", weight: 100, maxScore: 10 }] },
      awardTitles: {
        create: [{ position: 1, name: "Điển hình tiên tiến", eligibility: "BOTH", approvalThresholdPercent: 60 }],
      },
    },
  });
}

/** A fresh unit under unit A: the object of unit-management probes. */
async function unitUnderA({ fx, db }: ProbeContext) {
  const id = randomUUID();
  const name = `Đơn vị thử ${unique()}`;
  return db.unit.create({
    data: {
      id,
      code: `MXU${unique()}`.toUpperCase(),
      name,
      nameSearch: toSearchText(name),
      parentId: fx.units.a.id,
      path: `${fx.units.a.path}${id}/`,
      depth: 3,
    },
  });
}

/** A fresh staff member of unit A: the object of account-management probes. */
async function memberOfA({ fx, db }: ProbeContext, extra: { totpEnabledAt?: Date } = {}) {
  const fullName = `Đoàn viên thử ${unique()}`;
  return db.user.create({
    data: {
      email: `matrix-target-${unique()}@test.vinhdanh`,
      fullName,
      fullNameSearch: toSearchText(fullName),
      passwordHash: "not-a-usable-hash",
      totpEnabledAt: extra.totpEnabledAt ?? null,
      roles: { create: [{ role: "STAFF", unitId: fx.units.a.id }] },
    },
    include: { roles: true },
  });
}

/** A fresh unit under A with a registration for the public movement: the object of registration probes. */
async function registrationUnderA(context: ProbeContext) {
  const unit = await unitUnderA(context);
  const officerA = await context.db.user.findUniqueOrThrow({ where: { email: context.fx.emails.officerA } });
  return context.db.registration.create({
    data: {
      movementId: context.fx.movements.public.id,
      unitId: unit.id,
      registeredById: officerA.id,
      pledge: `Cam kết thử ${unique()}`,
    },
  });
}

/** Who may register a unit under A or manage its registration: its officers (A's, the parent's) and administrators. */
const registrationManagers = ["officerA", "officerParent", "admin"] as const;

/** A fresh dossier of unit A in the matrix movement (complete enough to submit): the object of nomination probes. */
function freshDossierOfA({ fx, db }: ProbeContext, status: "DRAFT" | "SUBMITTED") {
  return dossierOfA(
    db,
    {
      ...fx.nominations,
      run: "",
      parentId: fx.units.parent.id,
      unitAId: fx.units.a.id,
      officerAId: fx.userIds.officerA,
    },
    status,
  );
}

/** Who may change a dossier of unit A: its officers (A's, the parent's); administrators read and return dossiers, they do not write them. */
const dossierEditors = ["officerA", "officerParent"] as const;

async function actingUser({ fx, db, role }: ProbeContext) {
  return role === "anonymous" ? null : db.user.findUniqueOrThrow({ where: { email: fx.emails[role] } });
}

export const actionCases: ActionCase[] = [
  {
    key: "app/actions.ts#signOut",
    // Anyone may call it; only a signed-in caller has a session for it to end.
    allowed: signedInRoles,
    async probe({ fx, db, role }) {
      return {
        args: [],
        ownSession: true,
        tookEffect: async () => {
          if (role === "anonymous") return false;
          const latest = await db.session.findFirst({
            where: { user: { email: fx.emails[role] } },
            orderBy: { createdAt: "desc" },
            select: { revokedAt: true },
          });
          return latest?.revokedAt != null;
        },
      };
    },
  },
  {
    key: "app/actions.ts#setLocale",
    allowed: ["anonymous", ...signedInRoles],
    async probe({ response }) {
      return { args: [formData({ locale: "en" })], tookEffect: async () => /NEXT_LOCALE=en/.test(response().cookies) };
    },
  },
  {
    key: "app/admin/units/actions.ts#createUnitAction",
    allowed: ["admin"],
    async probe({ fx, db }) {
      const code = `MXN${unique()}`.toUpperCase();
      return {
        args: [idle, formData({ name: `Đơn vị mới ${code}`, code, parentId: fx.units.a.id })],
        tookEffect: async () => (await db.unit.count({ where: { code } })) === 1,
      };
    },
  },
  {
    key: "app/admin/units/actions.ts#updateUnitAction",
    allowed: ["admin"],
    async probe(context) {
      const unit = await unitUnderA(context);
      const name = `Tên mới ${unique()}`;
      return {
        args: [idle, formData({ id: unit.id, version: String(unit.version), name, code: unit.code })],
        tookEffect: async () => (await context.db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name === name,
      };
    },
  },
  {
    key: "app/admin/units/actions.ts#moveUnitAction",
    allowed: ["admin"],
    async probe(context) {
      const unit = await unitUnderA(context);
      return {
        args: [idle, formData({ id: unit.id, version: String(unit.version), parentId: context.fx.units.b.id })],
        tookEffect: async () =>
          (await context.db.unit.findUniqueOrThrow({ where: { id: unit.id } })).parentId === context.fx.units.b.id,
      };
    },
  },
  {
    key: "app/admin/units/actions.ts#setUnitActiveAction",
    allowed: ["admin"],
    async probe(context) {
      const unit = await unitUnderA(context);
      return {
        args: [idle, formData({ id: unit.id, version: String(unit.version), isActive: "false" })],
        tookEffect: async () => !(await context.db.unit.findUniqueOrThrow({ where: { id: unit.id } })).isActive,
      };
    },
  },
  {
    key: "app/admin/units/actions.ts#deleteUnitAction",
    allowed: ["admin"],
    async probe(context) {
      const unit = await unitUnderA(context);
      return {
        args: [idle, formData({ id: unit.id, version: String(unit.version) })],
        tookEffect: async () => (await context.db.unit.count({ where: { id: unit.id } })) === 0,
      };
    },
  },
  {
    key: "app/admin/movements/actions.ts#createMovementAction",
    allowed: ["admin"],
    async probe({ fx, db }) {
      const code = `MXN-${unique()}`.toUpperCase();
      return {
        args: [idle, formData(movementFields(fx, code))],
        tookEffect: async () => (await db.movement.count({ where: { code } })) === 1,
      };
    },
  },
  {
    key: "app/admin/movements/actions.ts#updateMovementAction",
    allowed: ["admin"],
    async probe(context) {
      const movement = await draftMovementOfP(context);
      const name = `Tên phong trào đã sửa ${unique()}`;
      return {
        args: [
          idle,
          formData({
            ...movementFields(context.fx, movement.code),
            id: movement.id,
            version: String(movement.version),
            name,
          }),
        ],
        tookEffect: async () =>
          (await context.db.movement.findUniqueOrThrow({ where: { id: movement.id } })).name === name,
      };
    },
  },
  {
    key: "app/admin/movements/actions.ts#transitionMovementAction",
    allowed: ["admin"],
    async probe(context) {
      const movement = await draftMovementOfP(context);
      return {
        args: [idle, formData({ id: movement.id, version: String(movement.version), to: "OPEN" })],
        tookEffect: async () =>
          (await context.db.movement.findUniqueOrThrow({ where: { id: movement.id } })).status === "OPEN",
      };
    },
  },
  {
    key: "app/admin/movements/actions.ts#copyMovementAction",
    allowed: ["admin"],
    async probe(context) {
      const source = await draftMovementOfP(context);
      const code = `MXC-${unique()}`.toUpperCase();
      return {
        args: [idle, formData({ sourceId: source.id, code, name: `Bản sao ${code}`, startsOn: dayFromToday(400) })],
        tookEffect: async () => (await context.db.movement.count({ where: { code } })) === 1,
      };
    },
  },
  {
    key: "app/admin/users/actions.ts#createUserAction",
    allowed: ["admin"],
    async probe({ fx, db }) {
      const email = `matrix-new-${unique()}@test.vinhdanh`;
      return {
        args: [
          idle,
          formData({
            email,
            fullName: "Người mới",
            position: "",
            locale: "vi",
            role: "OFFICER",
            unitId: fx.units.a.id,
          }),
        ],
        tookEffect: async () => (await db.user.count({ where: { email } })) === 1,
      };
    },
  },
  {
    key: "app/admin/users/actions.ts#updateUserAction",
    allowed: ["admin"],
    async probe(context) {
      const user = await memberOfA(context);
      const fullName = `Tên đã sửa ${unique()}`;
      return {
        args: [
          idle,
          formData({ userId: user.id, version: String(user.version), fullName, position: "", locale: "vi" }),
        ],
        tookEffect: async () =>
          (await context.db.user.findUniqueOrThrow({ where: { id: user.id } })).fullName === fullName,
      };
    },
  },
  {
    key: "app/admin/users/actions.ts#setUserActiveAction",
    allowed: ["admin"],
    async probe(context) {
      const user = await memberOfA(context);
      return {
        args: [idle, formData({ userId: user.id, isActive: "false" })],
        tookEffect: async () => !(await context.db.user.findUniqueOrThrow({ where: { id: user.id } })).isActive,
      };
    },
  },
  {
    key: "app/admin/users/actions.ts#resetPasswordAction",
    allowed: ["admin"],
    async probe(context) {
      const user = await memberOfA(context);
      return {
        args: [idle, formData({ userId: user.id })],
        tookEffect: async () =>
          (await context.db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword,
      };
    },
  },
  {
    key: "app/admin/users/actions.ts#addRoleAction",
    allowed: ["admin"],
    async probe(context) {
      const user = await memberOfA(context);
      return {
        args: [idle, formData({ userId: user.id, role: "OFFICER", unitId: context.fx.units.a.id })],
        tookEffect: async () =>
          (await context.db.roleAssignment.count({ where: { userId: user.id, role: "OFFICER" } })) === 1,
      };
    },
  },
  {
    key: "app/admin/users/actions.ts#removeRoleAction",
    allowed: ["admin"],
    async probe(context) {
      const user = await memberOfA(context);
      const assignment = user.roles[0]!;
      return {
        args: [idle, formData({ userId: user.id, assignmentId: assignment.id })],
        tookEffect: async () => (await context.db.roleAssignment.count({ where: { id: assignment.id } })) === 0,
      };
    },
  },
  {
    key: "app/admin/users/[id]/mfa-actions.ts#resetMfaAction",
    allowed: ["admin"],
    async probe(context) {
      const user = await memberOfA(context, { totpEnabledAt: new Date() });
      return {
        args: [idle, formData({ userId: user.id })],
        tookEffect: async () =>
          (await context.db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt === null,
      };
    },
  },
  {
    key: "app/movements/[id]/registrations/actions.ts#registerUnitAction",
    allowed: registrationManagers,
    async probe(context) {
      const unit = await unitUnderA(context);
      const movementId = context.fx.movements.public.id;
      return {
        args: [
          idle,
          formData({ movementId, unitId: unit.id, pledge: "Cam kết thi đua", "targets.0.description": "Chỉ tiêu thử" }),
        ],
        tookEffect: async () => (await context.db.registration.count({ where: { movementId, unitId: unit.id } })) === 1,
      };
    },
  },
  {
    key: "app/movements/[id]/registrations/actions.ts#updateRegistrationAction",
    allowed: registrationManagers,
    async probe(context) {
      const registration = await registrationUnderA(context);
      const pledge = `Cam kết đã sửa ${unique()}`;
      return {
        args: [idle, formData({ id: registration.id, version: String(registration.version), pledge })],
        tookEffect: async () =>
          (await context.db.registration.findUniqueOrThrow({ where: { id: registration.id } })).pledge === pledge,
      };
    },
  },
  {
    key: "app/movements/[id]/registrations/actions.ts#recordResultsAction",
    allowed: registrationManagers,
    async probe(context) {
      const registration = await registrationUnderA(context);
      const resultsSummary = `Kết quả ${unique()}`;
      return {
        args: [idle, formData({ id: registration.id, version: String(registration.version), resultsSummary })],
        tookEffect: async () =>
          (await context.db.registration.findUniqueOrThrow({ where: { id: registration.id } })).resultsSummary ===
          resultsSummary,
      };
    },
  },
  {
    // Officers who may change unit A's draft dossier; administrators read dossiers but do not write them.
    key: "app/nominations/file-actions.ts#removeNominationFileAction",
    allowed: ["officerA", "officerParent"],
    async probe({ fx, db }) {
      const officerA = await db.user.findUniqueOrThrow({ where: { email: fx.emails.officerA } });
      const file = await storedEvidence(db, fx.files.nominationId, officerA.id);
      return {
        args: [idle, formData({ fileId: file.id })],
        tookEffect: async () =>
          (await db.nominationFile.findUniqueOrThrow({ where: { id: file.id } })).removedAt !== null,
      };
    },
  },
  {
    key: "app/nominations/actions.ts#createDraftNominationAction",
    allowed: dossierEditors,
    async probe({ fx, db }) {
      const nomineeName = `Người được đề nghị mới ${unique()}`;
      return {
        args: [
          idle,
          formData({
            movementId: fx.nominations.movementId,
            nomineeKind: "INDIVIDUAL",
            nomineeName,
            unitId: fx.units.a.id,
            awardTitleId: fx.nominations.titleId,
          }),
        ],
        tookEffect: async () => (await db.nomination.count({ where: { nomineeName } })) === 1,
      };
    },
  },
  {
    key: "app/nominations/actions.ts#saveNominationAction",
    allowed: dossierEditors,
    async probe(context) {
      const dossier = await freshDossierOfA(context, "DRAFT");
      const position = `Chức vụ đã sửa ${unique()}`;
      return {
        args: [
          idle,
          formData({
            id: dossier.id,
            version: String(dossier.version),
            position,
            [`selfAssessments.${context.fx.nominations.criterionId}`]: "Đạt.",
          }),
        ],
        tookEffect: async () =>
          (await context.db.nomination.findUniqueOrThrow({ where: { id: dossier.id } })).position === position,
      };
    },
  },
  {
    key: "app/nominations/actions.ts#submitNominationAction",
    allowed: dossierEditors,
    async probe(context) {
      const dossier = await freshDossierOfA(context, "DRAFT");
      return {
        args: [idle, formData({ id: dossier.id, version: String(dossier.version) })],
        tookEffect: async () =>
          (await context.db.nominationVersion.count({ where: { nominationId: dossier.id } })) === 1,
      };
    },
  },
  {
    key: "app/nominations/actions.ts#withdrawNominationAction",
    allowed: dossierEditors,
    async probe(context) {
      const dossier = await freshDossierOfA(context, "SUBMITTED");
      return {
        args: [idle, formData({ id: dossier.id, version: String(dossier.version) })],
        tookEffect: async () =>
          (await context.db.nomination.findUniqueOrThrow({ where: { id: dossier.id } })).status === "WITHDRAWN",
      };
    },
  },
  {
    key: "app/nominations/actions.ts#returnNominationAction",
    allowed: ["admin"],
    async probe(context) {
      const dossier = await freshDossierOfA(context, "SUBMITTED");
      return {
        args: [idle, formData({ id: dossier.id, version: String(dossier.version), comment: "Bổ sung minh chứng." })],
        tookEffect: async () =>
          (await context.db.nomination.findUniqueOrThrow({ where: { id: dossier.id } })).status === "RETURNED",
      };
    },
  },
  {
    // Self-service: each person marks their own notices read, never anyone else's.
    key: "app/notifications/actions.ts#markAllNotificationsReadAction",
    allowed: signedInRoles,
    async probe(context) {
      const { fx, db, role } = context;
      const notice = (userId: string) =>
        db.notification.create({
          data: {
            userId,
            kind: "NOMINATION_RETURNED",
            nominationId: fx.nominations.draftOfA.id,
            params: { nominee: "Thử" },
          },
        });
      const others = await notice(fx.memberOfA.id);
      const own = role === "anonymous" ? null : await notice(fx.userIds[role]);
      const isRead = async (id: string) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt !== null;
      return {
        args: [],
        tookEffect: async () => (own ? (await isRead(own.id)) && !(await isRead(others.id)) : await isRead(others.id)),
      };
    },
  },
  {
    key: "app/account/actions.ts#updateProfileAction",
    allowed: signedInRoles,
    async probe(context) {
      // Self-service: each person changes their own profile; there is no field naming anyone else.
      const me = await actingUser(context);
      const fullName = `Tên tự sửa ${unique()}`;
      return {
        args: [idle, formData({ version: String(me?.version ?? 1), fullName, position: "", locale: "vi" })],
        tookEffect: async () => (await context.db.user.count({ where: { fullName } })) === 1,
      };
    },
  },
  // Enrolment, recovery codes and turning MFA off all need a current code from the person's
  // authenticator (or a token only the enrolment page issues): with a forged one, nobody —
  // whatever their role — may change anything. e2e/mfa.spec.ts covers the genuine path.
  ...(["confirmEnrolmentAction", "regenerateRecoveryCodesAction", "disableMfaAction"] as const).map(
    (name): ActionCase => ({
      key: `app/account/mfa/actions.ts#${name}`,
      allowed: [],
      async probe(context) {
        const me = await actingUser(context);
        const before = me ? await context.db.recoveryCode.count({ where: { userId: me.id } }) : 0;
        return {
          args: [idle, formData({ token: "forged-token", code: "000000" })],
          tookEffect: async () => {
            if (!me) return false;
            const after = await context.db.user.findUniqueOrThrow({ where: { id: me.id } });
            const codes = await context.db.recoveryCode.count({ where: { userId: me.id } });
            return after.totpEnabledAt !== null || codes !== before;
          },
        };
      },
    }),
  ),
  ...matrixAreas.flatMap((area) => area.actionCases),
  // Last: it signs every caller out (a password change ends all sessions).
  {
    key: "app/account/actions.ts#changePasswordAction",
    allowed: signedInRoles,
    async probe(context) {
      const me = await actingUser(context);
      const newPassword = `Doi-mat-khau-${unique()}-moi`;
      return {
        args: [idle, formData({ currentPassword: context.fx.password, newPassword, confirmPassword: newPassword })],
        tookEffect: async () =>
          me
            ? (await context.db.user.findUniqueOrThrow({ where: { id: me.id } })).passwordHash !== me.passwordHash
            : false,
      };
    },
  },
];
