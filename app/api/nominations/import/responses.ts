import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import type { ImportRefusal } from "@/lib/nominations/import";
import { privateNoStore } from "../../request-actor";

export type ImportApiError = "unauthenticated" | "notFound" | "invalidRequest";

const errorStatus: Record<ImportApiError, number> = { unauthenticated: 401, notFound: 404, invalidRequest: 400 };

/** An error with a stable code for programs and a message in the visitor's language. */
export async function importErrorResponse(error: ImportApiError) {
  const t = await getTranslations("nominationImport");
  return NextResponse.json(
    { error, message: t(`apiErrors.${error}`) },
    { status: errorStatus[error], headers: privateNoStore },
  );
}

type RequestRefusal = ImportRefusal | { code: "noFile" | "movementRequired" };

const refusalStatus: Partial<Record<RequestRefusal["code"], number>> = {
  noFile: 400,
  movementRequired: 400,
  fileTooLarge: 413,
  fileTypeNotAllowed: 415,
  notFound: 404,
  nominationClosed: 409,
};

/** A whole file (or request) refused: which refusal, and the sentence saying it. */
export async function importRefusalResponse(refusal: RequestRefusal) {
  const t = await getTranslations("nominationImport");
  const values = "values" in refusal ? refusal.values : {};
  // A missing column is named as the template names it.
  const named =
    "column" in values && refusal.code === "missingColumn" ? { column: t(`columns.${refusal.values.column}`) } : values;
  const status = refusalStatus[refusal.code] ?? 422;
  return NextResponse.json(
    { error: refusal.code, message: t(`refusals.${refusal.code}`, named) },
    { status, headers: privateNoStore },
  );
}
