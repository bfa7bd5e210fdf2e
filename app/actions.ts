"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { endSession } from "@/lib/auth/sign-out";
import { locales, localeCookieName } from "@/lib/i18n/config";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/** Remembers the visitor's language for a year. Anyone may choose a language. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(localeCookieName, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
  revalidatePath("/", "layout");
}

/**
 * Signs out (the header's button, a plain form: no client JavaScript). A server action, so
 * Next.js refuses it from another site (Origin checked against Host), as next-auth's CSRF
 * token would; the session cookie is SameSite=Lax besides.
 */
export async function signOut(): Promise<void> {
  await endSession(await cookies());
  redirect("/");
}
