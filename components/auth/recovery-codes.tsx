"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Recovery codes, shown once; the person confirms they saved them before moving on. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("mfa");
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(false);
  return (
    <section aria-labelledby="recovery-title" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-title" className="text-lg font-semibold">
        {t("recoveryTitle")}
      </h2>
      <p className="mt-1">{t("recoveryIntro")}</p>
      <ol aria-label={t("recoveryListLabel")} className="mt-3 grid grid-cols-2 gap-2 font-mono text-lg">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <label className="mt-4 flex items-center gap-2">
        <input type="checkbox" checked={isSaved} onChange={(event) => setIsSaved(event.target.checked)} />
        {t("saved")}
      </label>
      <button
        type="button"
        disabled={!isSaved}
        onClick={() => router.refresh()}
        className="mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
      >
        {t("done")}
      </button>
    </section>
  );
}
