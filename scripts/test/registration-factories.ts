// Test data for registration tests: a covered subtree with two officers' units, and movements
// with a chosen status and registration phase.
import { randomUUID } from "node:crypto";
import { createActor, createUnit } from "./factories";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { MovementStatus } from "../../lib/generated/prisma/enums";

/** Root R (covered) with units A and B below it, and O outside; officers of A, B, R and O, and an administrator. */
export async function createRegistrationWorld(client: PrismaClient) {
  const root = await createUnit(client, { name: `Công đoàn phạm vi ${randomUUID().slice(0, 6)}` });
  const a = await createUnit(client, { parent: root, name: `Công đoàn cơ sở A ${randomUUID().slice(0, 6)}` });
  const b = await createUnit(client, { parent: root });
  const outside = await createUnit(client);
  return {
    root,
    a,
    b,
    outside,
    officerA: await createActor(client, { role: "OFFICER", unit: a }),
    officerB: await createActor(client, { role: "OFFICER", unit: b }),
    officerRoot: await createActor(client, { role: "OFFICER", unit: root }),
    officerOutside: await createActor(client, { role: "OFFICER", unit: outside }),
    staffA: await createActor(client, { role: "STAFF", unit: a }),
    admin: await createActor(client, { role: "ADMIN", unit: outside }),
  };
}

/** A movement over 2026 covering `coverageId`; its registration phase (when asked) runs January–March. */
export async function createMovement(
  client: PrismaClient,
  options: { coverageId: string; status?: MovementStatus; registrationPhase?: boolean },
) {
  return client.movement.create({
    data: {
      code: `RG-${randomUUID().slice(0, 8)}`,
      name: `Phong trào đăng ký thử ${randomUUID().slice(0, 6)}`,
      description: "Phong trào dùng cho kiểm thử đăng ký thi đua.",
      organizingUnitId: options.coverageId,
      coverageUnitId: options.coverageId,
      startsOn: new Date("2026-01-01"),
      endsOn: new Date("2026-12-31"),
      status: options.status ?? "OPEN",
      phases: options.registrationPhase
        ? { create: [{ kind: "REGISTRATION", startsOn: new Date("2026-01-01"), endsOn: new Date("2026-03-31") }] }
        : undefined,
    },
  });
}

/** A target row as the schema hands it to the commands. */
export function target(
  description: string,
  extra: { id?: string; targetValue?: string; measureUnit?: string; dueOn?: string; index?: number } = {},
) {
  return {
    id: extra.id ?? null,
    description,
    targetValue: extra.targetValue ?? null,
    measureUnit: extra.measureUnit ?? null,
    dueOn: extra.dueOn ?? null,
    index: extra.index ?? 0,
  };
}
