import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit";
import { decoyPasswordHash, verifyPassword } from "./password";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Checks credentials. Returns null for every failure alike (unknown account, wrong
 * password, deactivated account), and spends the same hashing time, so the answer
 * never reveals whether an account exists.
 */
export async function authenticate(
  client: PrismaClient,
  input: unknown,
  context: { ip?: string | null } = {},
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, fullName: true, passwordHash: true, isActive: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !isValid || !user.isActive) {
    await recordAudit(
      { actorId: user?.id ?? null, action: "auth.sign_in_failed", objectType: "User", objectId: user?.id, after: { email }, ip: context.ip },
      client,
    );
    return null;
  }
  await client.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.signed_in", objectType: "User", objectId: user.id, ip: context.ip }, client);
  return { id: user.id, email: user.email, name: user.fullName };
}
