import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
        <p>{t("tagline")}</p>
        {env().DEMO_MODE ? <p className="mt-1 font-medium text-brand-700">{t("demoNotice")}</p> : null}
      </div>
    </footer>
  );
}
