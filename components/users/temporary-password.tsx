"use client";

import { useTranslations } from "next-intl";

/** The one time a temporary password is shown: the admin copies it and hands it over. */
export function TemporaryPassword({ password }: { password: string }) {
  const t = useTranslations("users");
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold">{t("temporaryPasswordTitle")}</p>
      <p className="mt-2">
        <code data-testid="temporary-password" className="select-all rounded bg-white px-2 py-1 font-mono text-lg">
          {password}
        </code>
      </p>
      <p className="mt-2 text-sm text-stone-700">{t("temporaryPasswordHint")}</p>
    </div>
  );
}
