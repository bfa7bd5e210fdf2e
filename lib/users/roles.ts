import type { Role } from "../generated/prisma/enums";

/** Every role, in the order screens list them. */
export const roles = ["ADMIN", "OFFICER", "REVIEWER", "STAFF"] as const satisfies readonly Role[];
