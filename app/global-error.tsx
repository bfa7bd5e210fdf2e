"use client";

import { useCallback } from "react";
import { useDatabaseRecovery } from "@/components/errors/use-database-recovery";
import { defaultLocale, isLocale, localeCookieName } from "@/lib/i18n/config";
import { globalErrorMessages } from "@/lib/i18n/global-error-messages";

// Replaces the root layout when it fails, so no intl provider is available here:
// its messages come from a small copy of the catalogs' (not the catalogs: they would be
// bundled whole into every page), the locale from the remembered cookie.
function currentLocale() {
  if (typeof document === "undefined") return defaultLocale;
  const match = document.cookie.match(new RegExp(`(?:^|; )${localeCookieName}=([^;]+)`));
  return isLocale(match?.[1]) ? match[1] : defaultLocale;
}

export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = currentLocale();
  const messages = globalErrorMessages[locale];
  const recover = useCallback(() => window.location.reload(), []);
  const isUnavailable = useDatabaseRecovery(recover);
  return (
    <html lang={locale}>
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: 640,
          margin: "4rem auto",
          padding: "0 1rem",
          textAlign: "center",
        }}
      >
        <main role="alert">
          <h1>{isUnavailable ? messages.unavailableTitle : messages.errorTitle}</h1>
          <p>{isUnavailable ? messages.unavailableBody : messages.errorBody}</p>
          <button type="button" onClick={retry}>
            {messages.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
