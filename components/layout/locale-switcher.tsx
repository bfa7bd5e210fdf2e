import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions";
import { locales } from "@/lib/i18n/config";

/** Language buttons that work without JavaScript (a form per choice). */
export async function LocaleSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("locale");
  return (
    <form action={setLocale} aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          aria-label={t("switchTo", { language: t(locale) })}
          className="rounded px-2 py-1 aria-pressed:bg-white/20 aria-pressed:font-semibold hover:bg-white/10"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
