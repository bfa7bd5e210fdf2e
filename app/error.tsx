"use client";

import { useCallback } from "react";
import { useDatabaseRecovery } from "@/components/errors/use-database-recovery";
import { useErrorMessages } from "@/components/i18n/error-messages";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const messages = useErrorMessages();
  // retry() re-fetches the server components before re-rendering (reset() would reuse the failed payload).
  const recover = useCallback(() => retry(), [retry]);
  const isUnavailable = useDatabaseRecovery(recover);
  return (
    <div role="alert" className="mx-auto max-w-xl text-center">
      <h1 className="text-2xl font-bold">{isUnavailable ? messages.unavailableTitle : messages.errorTitle}</h1>
      <p className="mt-3 text-stone-700">{isUnavailable ? messages.unavailableBody : messages.errorBody}</p>
      {error.digest ? (
        <p className="mt-2 text-sm text-stone-600">{messages.reference.replace("{digest}", error.digest)}</p>
      ) : null}
      <button
        type="button"
        onClick={recover}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {messages.retry}
      </button>
    </div>
  );
}
