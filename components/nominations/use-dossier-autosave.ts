"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { saveNominationAction, type SaveNominationState } from "@/app/nominations/actions";
import { initialFormState } from "@/lib/forms";

/** How long after the last keystroke a draft saves itself. */
export const autosaveDelayMs = 2_000;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "invalid" }
  | { kind: "failed"; message?: string }
  | { kind: "conflict" };

interface Options {
  formRef: RefObject<HTMLFormElement | null>;
  initialVersion: number;
  /** False while something on the form (a summary over the limit) must not be sent by autosave. */
  canAutosave(): boolean;
}

/**
 * Saves the dossier form: on demand, ~2 s after typing stops, when the tab is hidden and when
 * the page is left. One save at a time, each with the version the last one returned; a conflict
 * (someone else saved first) stops saving altogether and leaves the typed text on screen.
 */
export function useDossierAutosave({ formRef, initialVersion, canAutosave }: Options) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]> | undefined>();
  const [version, setVersion] = useState(initialVersion);
  const versionRef = useRef(initialVersion);
  const isDirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const isConflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const canAutosaveRef = useRef(canAutosave);
  useEffect(() => {
    canAutosaveRef.current = canAutosave;
  });

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  /** Sends the form now (after any save in flight); true when everything typed is stored. */
  const save = useCallback(
    async (form: HTMLFormElement | null = formRef.current): Promise<boolean> => {
      clearTimer();
      if (isConflict.current || !form) return false;
      // What is on screen now, taken before waiting (the form may be gone by then: leaving the page).
      const data = new FormData(form);
      isDirty.current = false;
      while (inFlight.current) await inFlight.current;
      if (isConflict.current) return false;
      data.set("version", String(versionRef.current));
      setStatus({ kind: "saving" });
      const run = (async () => {
        let result: SaveNominationState;
        try {
          result = await saveNominationAction(initialFormState, data);
        } catch {
          result = { status: "error", message: "failed" };
        }
        if (result.status === "success" && result.version !== undefined) {
          versionRef.current = result.version;
          setVersion(result.version);
          setFieldErrors(undefined);
          setStatus(
            isDirty.current ? { kind: "unsaved" } : { kind: "saved", at: result.savedAt ?? new Date().toISOString() },
          );
          return !isDirty.current;
        }
        isDirty.current = true;
        if (result.message === "conflict") {
          isConflict.current = true;
          setStatus({ kind: "conflict" });
        } else if (result.fieldErrors) {
          setFieldErrors(result.fieldErrors);
          setStatus({ kind: "invalid" });
        } else {
          setStatus({ kind: "failed", message: result.message });
        }
        return false;
      })();
      inFlight.current = run;
      try {
        return await run;
      } finally {
        inFlight.current = null;
      }
    },
    [formRef],
  );

  /** Something changed: save once typing has paused. */
  const markDirty = useCallback(() => {
    if (isConflict.current) return;
    isDirty.current = true;
    setStatus((current) => (current.kind === "saving" ? current : { kind: "unsaved" }));
    clearTimer();
    timer.current = setTimeout(() => {
      if (canAutosaveRef.current()) void save();
    }, autosaveDelayMs);
  }, [save]);

  /** Saves what is pending (before a submission); true when nothing typed is left unsaved. */
  const flush = useCallback(async () => {
    if (isDirty.current) return save();
    while (inFlight.current) await inFlight.current;
    return !isDirty.current && !isConflict.current;
  }, [save]);

  useEffect(() => {
    const form = formRef.current;
    // Best effort when the officer switches away or leaves: the request usually completes.
    const saveIfDirty = () => {
      if (isDirty.current && !isConflict.current && canAutosaveRef.current()) void save(form);
    };
    const onVisibility = () => document.visibilityState === "hidden" && saveIfDirty();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", saveIfDirty);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", saveIfDirty);
      clearTimer();
      // Leaving the dossier inside the app unmounts the form: save what was typed.
      saveIfDirty();
    };
  }, [formRef, save]);

  return { status, fieldErrors, version, versionRef, save, flush, markDirty, stop: clearTimer };
}
