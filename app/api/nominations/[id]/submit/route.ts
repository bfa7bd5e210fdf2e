import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import { isUuid } from "@/lib/ids";
import { today } from "@/lib/movements/days";
import { submitNomination } from "@/lib/nominations/commands";
import { NominationRefusedError } from "@/lib/nominations/errors";
import { submitNominationSchema } from "@/lib/nominations/schemas";
import { apiError, routeHandler } from "../../../api-errors";
import { privateNoStore, requestActor } from "../../../request-actor";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Submits the dossier as of `version` (JSON `{ "version": n }`), as the dossier page's Submit
 * button does: 200 `{ versionNumber, alreadySubmitted }`; 409 when it changed since that
 * version; 422 with the problems when it cannot be submitted; 503 while the database is
 * unavailable. Retrying is safe: a version is submitted once, a repeat says `alreadySubmitted`.
 */
export const POST = routeHandler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const actor = await requestActor();
  if (!actor) return apiError("unauthenticated");
  if (!isUuid(id)) return apiError("notFound");
  const body: unknown = await request.json().catch(() => null);
  const version = typeof body === "object" && body !== null && "version" in body ? body.version : undefined;
  const parsed = submitNominationSchema.safeParse({ id, version });
  if (!parsed.success) return apiError("invalidRequest");
  try {
    const result = await submitNomination({ actor, input: parsed.data, today: today() });
    revalidatePath("/nominations");
    revalidatePath(`/nominations/${id}`);
    return NextResponse.json(result, { headers: privateNoStore });
  } catch (error) {
    if (error instanceof NominationRefusedError) return apiError("refused", { details: { problems: error.problems } });
    // Conflict, not found, forbidden: answered by routeHandler.
    throw error;
  }
});
