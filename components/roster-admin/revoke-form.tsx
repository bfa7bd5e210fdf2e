"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeHonoreeAction } from "@/app/admin/movements/[id]/honorees/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import {
  maxRevocationReferenceLength,
  maxRosterReasonLength,
  minRosterReasonLength,
  type RosterFormState,
} from "@/lib/roster/publishing-schemas";
import { RosterFormMessage } from "./roster-form-message";

const idle: RosterFormState = { status: "idle" };

/** Revokes one recognition with a reason and the revoking decision's number; on success the action returns to the honorees. */
export function RevokeForm({ movementId, honoreeId }: { movementId: string; honoreeId: string }) {
  const t = useTranslations("rosterAdmin");
  const [state, action] = useActionState(revokeHonoreeAction, idle);
  const typed = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form
      action={action}
      noValidate
      className="mt-4 max-w-2xl space-y-4 rounded-lg border border-red-300 bg-red-50 p-4"
    >
      <p className="text-stone-900">{t("revokeWarning")}</p>
      <RosterFormMessage state={state} />
      <input type="hidden" name="movementId" value={movementId} />
      <input type="hidden" name="honoreeId" value={honoreeId} />
      <TextAreaField
        name="reason"
        label={t("revokeReason")}
        hint={t("revokeReasonHint")}
        defaultValue={typed.reason ?? ""}
        errors={state.fieldErrors?.reason}
        required
        minLength={minRosterReasonLength}
        maxLength={maxRosterReasonLength}
        rows={3}
      />
      <TextField
        name="reference"
        label={t("revokeReference")}
        hint={t("revokeReferenceHint")}
        defaultValue={typed.reference ?? ""}
        errors={state.fieldErrors?.reference}
        required
        maxLength={maxRevocationReferenceLength}
        className="max-w-sm"
      />
      <SubmitButton pendingLabel={t("revoking")}>{t("revokeSubmit")}</SubmitButton>
    </form>
  );
}
