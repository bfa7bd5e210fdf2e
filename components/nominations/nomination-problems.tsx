"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms";
import type { Messages } from "@/lib/i18n/messages";
import { withDays } from "@/lib/i18n/message-values";

type ProblemKey = keyof Messages["nominationProblems"];
type FieldKey = keyof Messages["nominationFields"];

interface Props {
  reasons: NonNullable<FormState["reasons"]>;
  /** Criterion id → name, for "selfAssessments.<id>" fields. */
  criterionNames: Record<string, string>;
  isCollective: boolean;
  id?: string;
}

/** Moves the keyboard focus to a dossier field (inputs, the summary editor, a row group) and shows it. */
export function focusField(field: string) {
  const target = document.getElementById(`field-${field}`);
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  target.focus();
}

/**
 * Why a dossier was not submitted: every problem on its own line, each linking to the field
 * that needs attention (keys of "nominationProblems").
 */
export function NominationProblems({ reasons, criterionNames, isCollective, id }: Props) {
  const t = useTranslations("nominationProblems");
  const tField = useTranslations("nominationFields");
  const tNominations = useTranslations("nominations");
  const fieldLabel = (field: string): string => {
    if (field.startsWith("selfAssessments."))
      return criterionNames[field.slice("selfAssessments.".length)] ?? tField("selfAssessments");
    if (field === "nomineeName")
      return isCollective ? tNominations("fields.collectiveName") : tNominations("fields.nomineeName");
    return tField.has(field as FieldKey) ? tField(field as FieldKey) : field;
  };
  return (
    <ul id={id} className="mt-2 list-disc space-y-1 pl-5">
      {reasons.map((reason, i) => {
        const { field, ...values } = reason.values ?? {};
        const message = t.has(reason.code as ProblemKey)
          ? t(reason.code as ProblemKey, { ...withDays(values), field: field ? fieldLabel(field) : "" } as never)
          : tNominations("submit.failed");
        return (
          <li key={i}>
            {field ? (
              <a
                href={`#field-${field}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(field);
                }}
                className="underline hover:text-red-950"
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        );
      })}
    </ul>
  );
}
