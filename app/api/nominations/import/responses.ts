import { getTranslations } from "next-intl/server";
import type { ImportRefusal } from "@/lib/nominations/import";
import { apiRefusal } from "../../api-errors";

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
  return apiRefusal({
    code: refusal.code,
    status: refusalStatus[refusal.code] ?? 422,
    message: t(`refusals.${refusal.code}`, named),
  });
}
