"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { parseSignInError, serviceUnavailableError } from "@/lib/auth/errors";
import { safeRedirectPath } from "@/lib/security/redirect-target";

type Problem = { key: "invalid" | "unavailable" | "mfaInvalid" } | { key: "throttled"; minutes: number };

const inputClass = "mt-1 w-full rounded border border-stone-400 px-3 py-2";

const noSubscription = () => () => {};

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isPending, setIsPending] = useState(false);
  const isHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // Second step: the password was right and the account asks for a code. The credentials
  // are kept in memory only, to be sent again with the code (next-auth checks all at once).
  const [pending, setPending] = useState<{ email: string; password: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    setProblem(null);
    const form = new FormData(event.currentTarget);
    const credentials = pending ?? {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    try {
      const result = await signIn("credentials", {
        ...credentials,
        code: String(form.get("code") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // The page already passed a checked path; checked again here, where it is followed.
        router.replace(safeRedirectPath(callbackUrl));
        router.refresh();
        return;
      }
      const refusal = parseSignInError(result?.error);
      if (refusal?.kind === "mfa_required") setPending(credentials);
      else if (refusal?.kind === "mfa_invalid") setProblem({ key: "mfaInvalid" });
      else if (refusal?.kind === "throttled") {
        setPending(null);
        setProblem({ key: "throttled", minutes: Math.max(1, Math.ceil((refusal.retryAfterSeconds ?? 60) / 60)) });
      } else {
        const isServiceError = result?.error === serviceUnavailableError || (result?.status ?? 0) >= 500;
        setProblem({ key: isServiceError ? "unavailable" : "invalid" });
      }
    } catch {
      setProblem({ key: "unavailable" });
    }
    setIsPending(false);
  }

  return (
    // POST and a button that waits for hydration: before the script runs, a click must never
    // send the password as a GET query string (into the URL, history and access logs).
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {problem ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {problem.key === "throttled" ? t("throttled", { minutes: problem.minutes }) : t(problem.key)}
        </p>
      ) : null}
      {pending ? (
        <>
          <p role="status" className="rounded border border-sky-300 bg-sky-50 p-3 text-sky-900">
            {t("mfaPrompt")}
          </p>
          <div>
            <label htmlFor="code" className="block font-medium">
              {t("code")}
            </label>
            <p id="code-hint" className="text-sm text-stone-600">
              {t("codeHint")}
            </p>
            <input
              id="code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-describedby="code-hint"
              required
              maxLength={12}
              // The only field on this step, shown right after the person submitted: focus follows them.
              autoFocus
              className={inputClass}
            />
          </div>
        </>
      ) : (
        <>
          <div>
            <label htmlFor="email" className="block font-medium">
              {t("email")}
            </label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              maxLength={254}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="password" className="block font-medium">
              {t("password")}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={256}
              className={inputClass}
            />
          </div>
        </>
      )}
      <button
        type="submit"
        disabled={isPending || !isHydrated}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {isPending ? t("submitting") : t("submit")}
      </button>
      {pending ? (
        <button
          type="button"
          onClick={() => {
            setPending(null);
            setProblem(null);
          }}
          className="w-full text-sm text-brand-800 underline"
        >
          {t("back")}
        </button>
      ) : null}
    </form>
  );
}
