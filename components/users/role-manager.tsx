"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addRoleAction, removeRoleAction } from "@/app/admin/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import type { UnitOption, UserDetail } from "@/lib/users/queries";
import { roles } from "@/lib/users/roles";
import { unitSelectOptions } from "./options";

type Assignment = UserDetail["roles"][number];

function RemoveRoleButton({ userId, assignment, label }: { userId: string; assignment: Assignment; label: string }) {
  const t = useTranslations("users");
  const [state, action] = useActionState(removeRoleAction, initialFormState);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="assignmentId" value={assignment.id} />
      <button
        type="submit"
        aria-label={label}
        className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100"
      >
        {t("removeRole")}
      </button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}

/**
 * Roles held on units, with add and remove. `lockedAssignmentId` is the viewer's own last
 * ADMIN role, which the server would refuse to remove, so no button is offered for it.
 */
export function RoleManager(props: {
  userId: string;
  assignments: Assignment[];
  units: UnitOption[];
  lockedAssignmentId?: string;
}) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const [state, action] = useActionState(addRoleAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {props.assignments.length === 0 ? <p className="text-stone-600">{t("noRoles")}</p> : null}
      <ul aria-label={t("rolesTitle")} className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {props.assignments.map((a) => {
          const text = t("roleOnUnit", { role: tRoles(a.role), unit: a.unitName });
          return (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
              <span>{text}</span>
              {a.id === props.lockedAssignmentId ? (
                <span className="text-sm text-stone-600">{t("ownLastAdmin")}</span>
              ) : (
                <RemoveRoleButton userId={props.userId} assignment={a} label={t("removeRoleLabel", { role: text })} />
              )}
            </li>
          );
        })}
      </ul>
      <form
        action={action}
        noValidate
        className="grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
      >
        <input type="hidden" name="userId" value={props.userId} />
        <SelectField
          name="role"
          label={t("role")}
          defaultValue="STAFF"
          errors={errors.role}
          options={roles.map((r) => ({ value: r, label: tRoles(r) }))}
        />
        <SelectField name="unitId" label={t("unit")} errors={errors.unitId} options={unitSelectOptions(props.units)} />
        <SubmitButton pendingLabel={t("adding")}>{t("addRole")}</SubmitButton>
        <div className="sm:col-span-3">
          <FormMessage state={state} />
        </div>
      </form>
    </div>
  );
}
