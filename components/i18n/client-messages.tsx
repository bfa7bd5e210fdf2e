import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickNamespaces, sectionNamespaces, type Section } from "@/lib/i18n/client-namespaces";
import type { Messages } from "@/lib/i18n/messages";

/** Hands the client components below it the messages of `section` (lib/i18n/client-namespaces.ts). */
export async function ClientMessages({ section, children }: { section: Section; children: React.ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return (
    <NextIntlClientProvider messages={pickNamespaces(messages, sectionNamespaces[section])}>
      {children}
    </NextIntlClientProvider>
  );
}
