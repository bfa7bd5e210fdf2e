// Objections raised during the public posting that no administrator has answered yet: the
// decision is refused while there is one (lib/reviews/decision/commands.ts).
import type { Prisma } from "../../generated/prisma/client";

export async function unresolvedObjectionCount(
  client: Pick<Prisma.TransactionClient, "postingFeedback">,
  movementId: string,
): Promise<number> {
  return client.postingFeedback.count({ where: { movementId, kind: "OBJECTION", resolvedAt: null } });
}
