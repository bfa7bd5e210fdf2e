"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { removeNominationFileAction } from "@/app/nominations/file-actions";
import { initialFormState, type FormState } from "@/lib/forms";

/**
 * Removes one dossier file after an inline confirmation (Escape or Cancel backs out). Not a
 * <form>: the component may sit next to, or inside, the dossier's own form.
 */
export function RemoveFileButton({
  fileId,
  fileName,
  label,
  onDone,
}: {
  fileId: string;
  fileName: string;
  label: string;
  onDone: (state: FormState) => void;
}) {
  const t = useTranslations("nominationFiles");
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  const remove = () =>
    startTransition(async () => {
      const form = new FormData();
      form.set("fileId", fileId);
      const state = await removeNominationFileAction(initialFormState, form);
      setIsConfirming(false);
      onDone(state);
    });

  if (!isConfirming) {
    return (
      <button
        ref={openRef}
        type="button"
        onClick={() => setIsConfirming(true)}
        className="rounded border border-red-800 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
      >
        {label}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={t("confirmRemove", { name: fileName })}
      className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2"
      onKeyDown={(event) => event.key === "Escape" && setIsConfirming(false)}
    >
      <p className="text-sm">{t("confirmRemove", { name: fileName })}</p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmRef}
          type="button"
          onClick={remove}
          disabled={isPending}
          className="rounded bg-red-800 px-3 py-1 text-sm font-semibold text-white hover:bg-red-900 disabled:opacity-70"
        >
          {isPending ? t("removing") : t("confirmRemoveYes")}
        </button>
        <button
          type="button"
          onClick={() => setIsConfirming(false)}
          disabled={isPending}
          className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100"
        >
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
