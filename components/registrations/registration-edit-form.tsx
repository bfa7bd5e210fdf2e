"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { updateRegistrationAction } from "@/app/movements/[id]/registrations/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import type { PlainTarget } from "@/lib/registrations/queries";
import { RegistrationFormMessage } from "./registration-form-message";
import { rowsOf } from "./target-rows";
import { PledgeFields } from "./pledge-fields";

interface Props {
  registration: { id: string; version: number; pledge: string; targets: PlainTarget[] };
  period: { startsOn: string; endsOn: string };
}

/** Edits the pledge and its targets. After a refusal the typed rows stay; after a save the stored ones show. */
export function RegistrationEditForm({ registration, period }: Props) {
  const t = useTranslations("registrations");
  const [state, action] = useActionState(updateRegistrationAction, initialFormState);
  const [pledge, setPledge] = useState(registration.pledge);
  const [rows, setRows] = useState(() => rowsOf(registration.targets));
  // A saved change comes back as a new version: show what is stored now (new targets have ids).
  const [shownVersion, setShownVersion] = useState(registration.version);
  if (shownVersion !== registration.version) {
    setShownVersion(registration.version);
    setPledge(registration.pledge);
    setRows(rowsOf(registration.targets));
  }
  return (
    <form action={action} noValidate aria-labelledby="pledge-title" className="space-y-5">
      <h2 id="pledge-title" className="text-xl font-semibold">
        {t("editTitle")}
      </h2>
      <RegistrationFormMessage state={state} />
      <input type="hidden" name="id" value={registration.id} />
      {/* The version the page was rendered from: a change saved meanwhile by someone else is a conflict, never overwritten. */}
      <input type="hidden" name="version" value={registration.version} />
      <PledgeFields
        pledge={pledge}
        onPledgeChange={setPledge}
        rows={rows}
        onRowsChange={setRows}
        fieldErrors={state.fieldErrors}
        period={period}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("savePledge")}</SubmitButton>
    </form>
  );
}
