import { Prisma } from "./generated/prisma/client";

/** True when a Prisma error is the given known code (P2002 unique violation, P2003 foreign key). */
export function isPrismaError(error: unknown, code: "P2002" | "P2003"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}
