import Link from "next/link";
import { getTranslations } from "next-intl/server";

const sections = ["route", "levels", "council", "results", "posting", "vote"] as const;
export type ReviewSection = (typeof sections)[number];

const currentClass = "inline-block border-b-4 border-brand-700 px-3 py-2 font-semibold text-stone-900";
const otherClass = "inline-block px-3 py-2 text-brand-700 underline hover:bg-stone-100";

/** Tabs of a movement's review-and-decision pages for administrators (app/admin/movements/[id]/…); no current tab on the movement's own page. */
export async function ReviewNav({ movementId, current }: { movementId: string; current?: ReviewSection }) {
  const t = await getTranslations("reviewNav");
  return (
    <nav aria-label={t("label")} className="mt-4 border-b border-stone-300">
      <ul className="flex flex-wrap gap-1">
        <li>
          <Link
            href={`/admin/movements/${movementId}`}
            aria-current={current === undefined ? "page" : undefined}
            className={current === undefined ? currentClass : otherClass}
          >
            {t("movement")}
          </Link>
        </li>
        {sections.map((section) => (
          <li key={section}>
            <Link
              href={`/admin/movements/${movementId}/${section}`}
              aria-current={section === current ? "page" : undefined}
              className={section === current ? currentClass : otherClass}
            >
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
