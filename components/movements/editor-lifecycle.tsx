"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { transitionMovementAction } from "@/app/admin/movements/actions";
import type { MovementStatus } from "@/lib/generated/prisma/enums";
import { initialFormState } from "@/lib/forms";
import { statusOrder } from "@/lib/movements/lifecycle";
import type { RefusalReason } from "@/lib/movements/refusals";
import { EditorMessage } from "./editor-message";
import { EditorRefusals } from "./editor-refusals";

interface Props {
  movement: { id: string; version: number; name: string; status: MovementStatus };
  next: Exclude<MovementStatus, "DRAFT"> | null;
  /** Why the next step is not possible today (checked again on the server when confirmed). */
  blockers: RefusalReason[];
}

/**
 * Where the movement stands in draft → open → review → decision → published → archived, and
 * its next step: one button, then an explicit confirmation before anything changes.
 */
export function EditorLifecycle({ movement, next, blockers }: Props) {
  const t = useTranslations("movementAdmin");
  const tStatus = useTranslations("movementStatus");
  const [state, dispatch, isPending] = useActionState(transitionMovementAction, initialFormState);
  // The confirmation belongs to the version it was asked for: a completed step closes it.
  const [confirmingAt, setConfirmingAt] = useState<number | null>(null);
  const isConfirming = confirmingAt === movement.version && next !== null;
  const triggerRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const statusRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
  }, [isConfirming]);
  useEffect(() => {
    if (state.status === "success") statusRef.current?.focus();
  }, [state]);

  function cancel() {
    setConfirmingAt(null);
    // The trigger renders again once the confirmation is gone.
    requestAnimationFrame(() => triggerRef.current?.focus());
  }

  const current = statusOrder.indexOf(movement.status);
  return (
    <section aria-labelledby="lifecycle-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="lifecycle-title" className="text-lg font-semibold">
        {t("lifecycleTitle")}
      </h2>
      <p ref={statusRef} tabIndex={-1} className="font-medium">
        {t("currentStatus", { status: tStatus(movement.status) })}
      </p>
      <ol aria-label={t("lifecycleSteps")} className="flex flex-wrap gap-1 text-xs">
        {statusOrder.map((status, i) => (
          <li
            key={status}
            aria-current={status === movement.status ? "step" : undefined}
            className={`rounded px-2 py-1 ${status === movement.status ? "bg-brand-700 font-semibold text-white" : i < current ? "bg-stone-200 text-stone-800" : "border border-stone-300 text-stone-600"}`}
          >
            {tStatus(status)}
          </li>
        ))}
      </ol>
      <EditorMessage state={state} />
      {next === null ? (
        <p className="text-stone-700">{t("finalStep")}</p>
      ) : isConfirming ? (
        <div
          role="group"
          aria-labelledby="lifecycle-question"
          className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3"
          onKeyDown={(event) => event.key === "Escape" && cancel()}
        >
          <p id="lifecycle-question" ref={questionRef} tabIndex={-1} className="font-medium">
            {t(`confirm.${next}`, { name: movement.name })}
          </p>
          <p className="text-sm text-stone-700">{t("confirmAudit")}</p>
          <form action={dispatch} className="flex flex-wrap gap-2">
            <input type="hidden" name="id" value={movement.id} />
            <input type="hidden" name="version" value={movement.version} />
            <input type="hidden" name="to" value={next} />
            <button
              type="submit"
              disabled={isPending}
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {isPending ? t("transitioning") : t("confirmButton", { action: t(`transition.${next}`) })}
            </button>
            <button
              type="button"
              onClick={cancel}
              className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
            >
              {t("cancel")}
            </button>
          </form>
        </div>
      ) : (
        <div className="space-y-2">
          <p>{t("nextStep", { status: tStatus(next) })}</p>
          {blockers.length > 0 ? (
            <div className="text-sm text-amber-900">
              <p id="lifecycle-blockers-title">{t("notYet", { status: tStatus(next) })}</p>
              <EditorRefusals id="lifecycle-blockers" reasons={blockers} />
            </div>
          ) : null}
          <button
            type="button"
            ref={triggerRef}
            onClick={() => setConfirmingAt(movement.version)}
            aria-describedby={blockers.length > 0 ? "lifecycle-blockers-title lifecycle-blockers" : undefined}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t(`transition.${next}`)}…
          </button>
        </div>
      )}
    </section>
  );
}
