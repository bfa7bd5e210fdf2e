"use client";

import { useFormStatus } from "react-dom";

/** A submit button that disables itself while its form's action runs. */
export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
