import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorMessagesProvider, type ErrorMessages } from "@/components/i18n/error-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/session";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

/** The error page's sentences in the request's language (its only client-side text on every page). */
async function errorMessages(): Promise<ErrorMessages> {
  const t = await getTranslations("errors");
  return {
    errorTitle: t("errorTitle"),
    errorBody: t("errorBody"),
    unavailableTitle: t("unavailableTitle"),
    unavailableBody: t("unavailableBody"),
    retry: t("retry"),
    reference: t.raw("reference") as string,
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("nav");
  // If the database is down the header still renders; the page's own error boundary explains.
  const actor = await getCurrentUser().catch(() => undefined);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-700"
        >
          {t("skipToContent")}
        </a>
        {/* No intl provider here: sections whose client components speak add theirs (<ClientMessages section>). */}
        <ErrorMessagesProvider messages={await errorMessages()}>
          <SiteHeader actor={actor} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
