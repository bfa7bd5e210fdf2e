import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { navigationFor } from "@/lib/navigation";
import type { Actor } from "@/lib/session";
import { LocaleSwitcher } from "./locale-switcher";
import { NotificationsNavLink } from "./notifications-nav-link";
import { SignOutButton } from "./sign-out-button";

/** Site header; `actor` is undefined when the database could not be asked who is signed in. */
export async function SiteHeader({ actor }: { actor: Actor | null | undefined }) {
  const t = await getTranslations("nav");
  const tMeta = await getTranslations("meta");
  const items = navigationFor(actor ?? null);
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          <span aria-hidden="true" className="mr-1 text-gold-400">
            ★
          </span>
          {tMeta("title")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded px-3 py-1 hover:bg-white/10">
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
            {actor ? (
              <li>
                <NotificationsNavLink actor={actor} />
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <LocaleSwitcher />
          {actor ? (
            <>
              <span className="text-sm text-white/90">{t("signedInAs", { name: actor.name })}</span>
              <SignOutButton />
            </>
          ) : actor === null ? (
            <Link
              href="/sign-in"
              className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              {t("signIn")}
            </Link>
          ) : null}
        </div>
      </div>
    </header>
  );
}
