// Builder the roster areas share: a decided movement of the matrix parent unit P with honorees
// of unit A (or B) in the states a visibility row needs: unpublished, listed for the public or
// for staff, revoked. Names are unique to each call, so `secret` checks can look for them.
import type { PrismaClient } from "../../../../lib/generated/prisma/client";
import type { Visibility } from "../../../../lib/generated/prisma/enums";
import { honoreeRecord } from "../../../../lib/roster/record";
import type { MatrixFixtures } from "../fixtures";
import { bareNomination, dayFromToday, matrixMovement, unique, type WorldMovement } from "./world";

export interface MatrixDecided {
  movement: WorldMovement;
  decision: { id: string; number: string; issuedOn: Date };
}

/** A movement of P in PUBLISHED with a recorded decision (published when `published`). */
export async function decidedMovement(
  db: PrismaClient,
  fx: MatrixFixtures,
  options: { published?: boolean; audience?: Visibility } = {},
): Promise<MatrixDecided> {
  const code = `MXH-${unique()}`.toUpperCase();
  const movement = await matrixMovement(db, fx, {
    code,
    name: `Phong trào ma trận vinh danh ${code}`,
    description: "Phong trào dùng cho kiểm thử phân quyền danh sách vinh danh.",
    status: "PUBLISHED",
    seated: false,
  });
  const decision = await db.decision.create({
    data: {
      movementId: movement.id,
      number: `9/QĐ-${code}`,
      issuedOn: dayFromToday(-3),
      signerName: "Nguyễn Văn Bình",
      issuingAuthority: "Ban Thường vụ",
      recordedById: fx.userIds.admin,
      publishedAt: options.published ? new Date() : null,
      rosterAudience: options.audience ?? "PUBLIC",
    },
    select: { id: true, number: true, issuedOn: true },
  });
  return { movement, decision };
}

/** An honoree of unit A (or B) of `decided`, listed for `listedFor` (null: unpublished), or revoked. */
export async function matrixHonoree(
  db: PrismaClient,
  fx: MatrixFixtures,
  decided: MatrixDecided,
  options: { listedFor: Visibility | null; revoked?: boolean; unit?: "a" | "b"; name?: string },
) {
  const unit = fx.units[options.unit ?? "a"];
  const name = options.name ?? `Nguyễn Thị Vinh Danh ${unique()}`;
  const createdById = options.unit === "b" ? fx.userIds.officerB : fx.userIds.officerA;
  const nomination = await bareNomination(db, decided.movement, {
    unitId: unit.id,
    createdById,
    nomineeName: name,
    status: "HONOURED",
  });
  const record = honoreeRecord(
    {
      id: nomination.id,
      movementId: decided.movement.id,
      awardTitleId: decided.movement.titleId,
      unitId: unit.id,
      unitName: unit.name,
      nomineeKind: "INDIVIDUAL",
      nomineeName: name,
      birthYear: 1984,
      position: "Chuyên viên",
      citation: "Tham mưu giỏi, phục vụ tốt.",
      story: "Đồng chí luôn tận tụy với công việc.",
      portraitFileId: null,
    },
    decided.decision,
  );
  const listedFor = options.revoked ? null : options.listedFor;
  return db.honoree.create({
    data: {
      ...record,
      listedFor,
      publishedAt: listedFor ? new Date() : null,
      ...(options.revoked
        ? {
            revokedAt: new Date(),
            revokedReason: "Hồ sơ không trung thực",
            revocationReference: "15/QĐ-MX",
            revokedById: fx.userIds.admin,
          }
        : {}),
    },
    select: { id: true, name: true },
  });
}
