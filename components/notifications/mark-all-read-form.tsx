"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAllNotificationsReadAction } from "@/app/notifications/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";

/** "Mark all as read", with its outcome announced. */
export function MarkAllReadForm() {
  const t = useTranslations("notifications");
  const [state, action] = useActionState(markAllNotificationsReadAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel={t("marking")}>{t("markAllRead")}</SubmitButton>
      {state.status === "success" ? <p role="status">{t("allRead")}</p> : null}
      {state.status === "error" ? (
        <p role="alert" className="text-red-800">
          {t("failed")}
        </p>
      ) : null}
    </form>
  );
}
