"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { publishRosterAction, unpublishRosterAction } from "@/app/admin/movements/[id]/honorees/actions";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { maxRosterReasonLength, minRosterReasonLength, type RosterFormState } from "@/lib/roster/publishing-schemas";
import { RosterFormMessage } from "./roster-form-message";

const idle: RosterFormState = { status: "idle" };

/**
 * Publish or unpublish the movement's roster, against the decision's version the page showed.
 * Both action states live here, so the outcome of one step stays on screen after the page
 * re-renders with the other form.
 */
export function PublicationPanel({
  movementId,
  version,
  isPublished,
  isStaffOnly,
}: {
  movementId: string;
  version: number;
  isPublished: boolean;
  isStaffOnly: boolean;
}) {
  const t = useTranslations("rosterAdmin");
  const [publishState, publish] = useActionState(publishRosterAction, idle);
  const [unpublishState, unpublish] = useActionState(unpublishRosterAction, idle);
  const hidden = (
    <>
      <input type="hidden" name="movementId" value={movementId} />
      {/* A step taken meanwhile by another administrator makes this one a conflict. */}
      <input type="hidden" name="version" value={version} />
    </>
  );
  if (!isPublished) {
    const shown = publishState.status === "success" ? idle : publishState;
    return (
      <div className="space-y-3">
        {unpublishState.status === "success" ? <RosterFormMessage state={unpublishState} /> : null}
        <form
          action={publish}
          noValidate
          aria-labelledby="roster-publish-title"
          className="space-y-4 rounded-lg border border-stone-300 bg-white p-4"
        >
          <h3 id="roster-publish-title" className="text-lg font-semibold">
            {t("publishTitle")}
          </h3>
          <p className="text-sm text-stone-700">{t("publishIntro")}</p>
          <RosterFormMessage state={shown} />
          {hidden}
          {isStaffOnly ? <input type="hidden" name="audience" value="STAFF" /> : null}
          <SelectField
            name={isStaffOnly ? "audienceShown" : "audience"}
            label={t("audience")}
            options={[
              { value: "PUBLIC", label: t("audiencePublic") },
              { value: "STAFF", label: t("audienceStaff") },
            ]}
            defaultValue={isStaffOnly ? "STAFF" : (shown.values?.audience ?? "PUBLIC")}
            disabled={isStaffOnly}
            hint={isStaffOnly ? t("staffOnlyNote") : undefined}
            errors={shown.fieldErrors?.audience}
            className="max-w-md"
          />
          <SubmitButton pendingLabel={t("publishing")}>{t("publish")}</SubmitButton>
        </form>
      </div>
    );
  }
  const shown = unpublishState.status === "success" ? idle : unpublishState;
  return (
    <div className="space-y-3">
      {publishState.status === "success" ? <RosterFormMessage state={publishState} /> : null}
      <form
        action={unpublish}
        noValidate
        aria-labelledby="roster-unpublish-title"
        className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4"
      >
        <h3 id="roster-unpublish-title" className="text-lg font-semibold">
          {t("unpublishTitle")}
        </h3>
        <p className="text-sm text-stone-700">{t("unpublishIntro")}</p>
        <RosterFormMessage state={shown} />
        {hidden}
        <TextAreaField
          name="reason"
          label={t("unpublishReason")}
          defaultValue={shown.values?.reason ?? ""}
          errors={shown.fieldErrors?.reason}
          required
          minLength={minRosterReasonLength}
          maxLength={maxRosterReasonLength}
          rows={3}
        />
        <SubmitButton pendingLabel={t("unpublishing")}>{t("unpublish")}</SubmitButton>
      </form>
    </div>
  );
}
