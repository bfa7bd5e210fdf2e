"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { serviceUnavailableError } from "@/lib/auth/errors";

/** Only same-site paths are honoured as a destination after sign-in (no open redirect). */
function safeCallback(callbackUrl: string | undefined): string {
  return callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [error, setError] = useState<"invalid" | "unavailable" | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(safeCallback(callbackUrl));
        router.refresh();
        return;
      }
      const isServiceError = result?.error === serviceUnavailableError || (result?.status ?? 0) >= 500;
      setError(isServiceError ? "unavailable" : "invalid");
    } catch {
      setError("unavailable");
    }
    setIsPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t(error)}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block font-medium">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
