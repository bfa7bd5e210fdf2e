import { getTranslations } from "next-intl/server";
import { certifiableCount, certificateBatchLimit, mayDownloadCertificate } from "@/lib/roster/certificate-access";
import { getCurrentUser } from "@/lib/session";

const linkClass =
  "inline-block rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50";

/** The certificate (PDF) of an honoree, for administrators and officers acting for its unit; nothing for anyone else or once revoked. */
export async function CertificateLink({ honoreeId }: { honoreeId: string }) {
  const actor = await getCurrentUser();
  if (!(await mayDownloadCertificate(actor, honoreeId))) return null;
  const t = await getTranslations("certificate");
  return (
    <p className="mt-4">
      {/* A download, not a page: a plain link so the browser saves the file. */}
      <a href={`/api/honorees/${honoreeId}/certificate`} download className={linkClass}>
        {t("download")}
      </a>
    </p>
  );
}

/**
 * The certificates of a movement's honorees the viewer may print (of `unitId` when given), one
 * per page: for administrators and officers with at least one honoree to certify.
 */
export async function MovementCertificatesLink({ movementId, unitId }: { movementId: string; unitId?: string }) {
  const actor = await getCurrentUser();
  if ((await certifiableCount(actor, movementId, unitId)) === 0) return null;
  const t = await getTranslations("certificate");
  const href = `/api/movements/${movementId}/certificates${unitId ? `?unit=${unitId}` : ""}`;
  return (
    <p className="mt-4">
      <a href={href} download aria-describedby={`certificates-hint-${movementId}`} className={linkClass}>
        {unitId ? t("downloadBatchUnit") : t("downloadBatch")}
      </a>
      <span id={`certificates-hint-${movementId}`} className="mt-1 block max-w-md text-sm text-stone-600">
        {t("batchHint", { limit: certificateBatchLimit })}
      </span>
    </p>
  );
}
