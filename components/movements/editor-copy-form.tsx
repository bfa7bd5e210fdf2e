"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { copyMovementAction } from "@/app/admin/movements/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState } from "@/lib/forms";

interface Props {
  sourceId: string;
  /**
   * cycle: the template of a new cycle, every date moved to a new start; newVersion: the same
   * dates, for a definition frozen by its nominations. Also the prefix of the field names, so
   * both forms and the editor can share a page.
   */
  kind: "cycle" | "newVersion";
  defaults: { code: string; name: string; startsOn: string };
}

/** Copies the movement into a new draft (lib/movements/commands.ts copyMovement), then opens it. */
export function EditorCopyForm({ sourceId, kind, defaults }: Props) {
  const t = useTranslations("movementAdmin");
  const [state, action] = useActionState(copyMovementAction, initialFormState);
  // The action reads plain names ("code"); what it echoes back re-fills the fields after a refusal.
  const typed = state.status === "error" ? (state.values ?? {}) : {};
  const errors = state.fieldErrors ?? {};
  const isCycle = kind === "cycle";
  return (
    <form action={action} noValidate aria-labelledby={`${kind}-title`} className="space-y-3">
      <h2 id={`${kind}-title`} className="text-lg font-semibold">
        {isCycle ? t("copyTitle") : t("newVersionTitle")}
      </h2>
      <p className="text-sm text-stone-600">{isCycle ? t("copyHint") : t("newVersionHint")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <TextField
        name={`${kind}.code`}
        label={t("copyCode")}
        hint={t("codeHint")}
        defaultValue={typed.code ?? defaults.code}
        errors={errors.code}
        maxLength={40}
        autoCapitalize="characters"
      />
      <TextField
        name={`${kind}.name`}
        label={t("copyName")}
        defaultValue={typed.name ?? defaults.name}
        errors={errors.name}
        maxLength={200}
      />
      {isCycle ? (
        <TextField
          name={`${kind}.startsOn`}
          type="date"
          label={t("copyStartsOn")}
          defaultValue={typed.startsOn ?? defaults.startsOn}
          errors={errors.startsOn}
        />
      ) : (
        <input type="hidden" name={`${kind}.startsOn`} value={defaults.startsOn} />
      )}
      <SubmitButton pendingLabel={t("copying")}>{isCycle ? t("copySubmit") : t("newVersionSubmit")}</SubmitButton>
    </form>
  );
}
