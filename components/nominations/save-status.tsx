"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SaveStatus } from "./use-dossier-autosave";

/** The autosave line ("Đã lưu lúc 10:42"), announced politely as it changes. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const t = useTranslations("nominations.autosave");
  const format = useFormatter();
  const text = (() => {
    switch (status.kind) {
      case "idle":
        return t("idle");
      case "unsaved":
        return t("unsaved");
      case "saving":
        return t("saving");
      case "saved":
        return t("savedAt", { time: format.dateTime(new Date(status.at), { hour: "2-digit", minute: "2-digit" }) });
      case "invalid":
        return t("invalid");
      case "failed":
        return status.message === "unavailable" ? t("unavailable") : t("failed");
      case "conflict":
        return t("stopped");
    }
  })();
  const isProblem = status.kind === "invalid" || status.kind === "failed" || status.kind === "conflict";
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${isProblem ? "font-semibold text-red-700" : "text-stone-700"}`}
    >
      {text}
    </p>
  );
}

/**
 * Someone else saved the dossier after this page was opened: nothing more is saved from here,
 * the officer's text stays on screen to copy, and they choose when to load the latest version.
 */
export function ConflictNotice() {
  const t = useTranslations("nominations.conflict");
  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{t("title")}</p>
      <p>{t("body")}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900"
      >
        {t("reload")}
      </button>
    </div>
  );
}
