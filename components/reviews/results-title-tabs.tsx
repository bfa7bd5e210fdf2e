import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** One link per award title (one title's ranking at a time); the current one is marked. */
export async function ResultsTitleTabs({
  titles,
  currentId,
  hrefOf,
}: {
  titles: { id: string; name: string }[];
  currentId: string;
  hrefOf: (titleId: string) => string;
}) {
  const t = await getTranslations("results");
  return (
    <nav aria-label={t("titlesLabel")} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {titles.map((title) => (
          <li key={title.id}>
            <Link
              href={hrefOf(title.id)}
              aria-current={title.id === currentId ? "page" : undefined}
              className={
                title.id === currentId
                  ? "inline-block rounded-full bg-brand-700 px-4 py-1.5 font-semibold text-white"
                  : "inline-block rounded-full border border-stone-400 px-4 py-1.5 text-brand-700 hover:bg-stone-100"
              }
            >
              {title.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
