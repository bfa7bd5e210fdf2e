// The words and numbers of the file components: sizes in the visitor's locale, and every
// refusal or error, whether it comes from the upload route, the remove action or the checks
// made in the browser before sending.
import { useFormatter, useTranslations } from "next-intl";
import type { NominationFileKind } from "@/lib/generated/prisma/enums";
import {
  isNominationFileRefusal,
  maxEvidenceBytesPerNomination,
  nominationFileLimits,
  refusalValues,
  type NominationFileRefusal,
} from "@/lib/nominations/file-rules";
import type { UploadResult } from "./upload-file";

const errorCodes = [
  "notFound",
  "forbidden",
  "unauthenticated",
  "missingFile",
  "invalidRequest",
  "network",
  "failed",
] as const;
type ErrorCode = (typeof errorCodes)[number];

/** "forms" codes a server action answers with, as this namespace's error codes. */
const actionErrors: Record<string, ErrorCode> = {
  not_found: "notFound",
  fixErrors: "notFound",
  forbidden: "forbidden",
  unauthenticated: "unauthenticated",
};

export function useFileMessages() {
  const t = useTranslations("nominationFiles");
  const format = useFormatter();
  const megabytes = (bytes: number) => format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 });
  const refusal = (code: NominationFileRefusal, kind: NominationFileKind) => t(`refusals.${code}`, refusalValues(kind));
  const error = (code: string) =>
    t(`errors.${(errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : "failed"}`);
  return {
    /** A size as people read it: "820 kB", "2,4 MB". */
    size(bytes: number): string {
      if (bytes < 1024) return format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "short" });
      if (bytes < 1024 * 1024)
        return format.number(bytes / 1024, {
          style: "unit",
          unit: "kilobyte",
          unitDisplay: "short",
          maximumFractionDigits: 0,
        });
      return format.number(bytes / (1024 * 1024), {
        style: "unit",
        unit: "megabyte",
        unitDisplay: "short",
        maximumFractionDigits: 1,
      });
    },
    megabytes,
    /** Why an upload failed, in the server's words when it gave any. */
    uploadFailure(result: Extract<UploadResult, { ok: false }>, kind: NominationFileKind): string {
      if (result.message) return result.message;
      return isNominationFileRefusal(result.error) ? refusal(result.error, kind) : error(result.error);
    },
    /** What a remove action's answer (a FormState message) means. */
    actionFailure(message: string | undefined): string {
      if (isNominationFileRefusal(message)) return refusal(message, "EVIDENCE");
      return error(actionErrors[message ?? ""] ?? "failed");
    },
    /**
     * The refusal the browser can tell before sending: an empty file, one over its size, or
     * evidence that would pass the dossier's total given `evidenceBytes` already in it.
     */
    precheck(file: File, kind: NominationFileKind, evidenceBytes = 0): Extract<UploadResult, { ok: false }> | null {
      const code: NominationFileRefusal | null =
        file.size === 0
          ? "fileEmpty"
          : file.size > nominationFileLimits[kind].maxBytes
            ? "fileTooLarge"
            : kind === "EVIDENCE" && evidenceBytes + file.size > maxEvidenceBytesPerNomination
              ? "nominationFilesTooLarge"
              : null;
      return code ? { ok: false, error: code, message: refusal(code, kind) } : null;
    },
  };
}
