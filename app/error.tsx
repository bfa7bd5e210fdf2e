"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useDatabaseRecovery } from "@/components/errors/use-database-recovery";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errors");
  // retry() re-fetches the server components before re-rendering (reset() would reuse the failed payload).
  const recover = useCallback(() => retry(), [retry]);
  const isUnavailable = useDatabaseRecovery(recover);
  return (
    <div role="alert" className="mx-auto max-w-xl text-center">
      <h1 className="text-2xl font-bold">{isUnavailable ? t("unavailableTitle") : t("errorTitle")}</h1>
      <p className="mt-3 text-stone-700">{isUnavailable ? t("unavailableBody") : t("errorBody")}</p>
      {error.digest ? <p className="mt-2 text-sm text-stone-600">{t("reference", { digest: error.digest })}</p> : null}
      <button type="button" onClick={recover} className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("retry")}
      </button>
    </div>
  );
}
