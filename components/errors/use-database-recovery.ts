"use client";

import { useEffect, useState } from "react";

/**
 * Asks /api/health whether the failure is the database being down; while it is, polls
 * and calls `onRecovered` once it answers again, so the page heals without a manual reload.
 */
export function useDatabaseRecovery(onRecovered: () => void, intervalMs = 3_000): boolean {
  const [isUnavailable, setIsUnavailable] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function probe(wasDown: boolean) {
      const isUp = await fetch("/api/health", { cache: "no-store" }).then(
        (response) => response.ok,
        () => false,
      );
      if (cancelled) return;
      if (isUp) {
        if (wasDown) onRecovered();
        return;
      }
      setIsUnavailable(true);
      timer = setTimeout(() => probe(true), intervalMs);
    }
    void probe(false);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [onRecovered, intervalMs]);
  return isUnavailable;
}
