import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { richTextClasses } from "@/components/nominations/rich-text-styles";
import { sanitizeRichText } from "@/lib/nominations/rich-text";
import type { PostedShortlist } from "@/lib/reviews/posting/queries";
import { PostingFeedbackForm } from "./posting-feedback-form";

interface Props {
  shortlist: PostedShortlist;
  isSignedIn: boolean;
  signInHref: string;
}

/** The posted candidates by award title, each with what the viewer may do: send feedback, sign in, or nothing (posting over). */
export async function PostingCandidates({ shortlist, isSignedIn, signInHref }: Props) {
  const [t, format, locale] = await Promise.all([getTranslations("posting"), getFormatter(), getLocale()]);
  if (shortlist.titles.length === 0) return <p className="mt-6 text-stone-600">{t("noCandidates")}</p>;
  return (
    <div className="mt-6 space-y-10">
      {shortlist.titles.map((title) => (
        <section key={title.id} aria-labelledby={`title-${title.id}`}>
          <h2 id={`title-${title.id}`} className="text-xl font-semibold">
            {locale === "en" && title.nameEn ? title.nameEn : title.name}{" "}
            <span className="text-base font-normal text-stone-600">
              ({t("titleCandidates", { count: title.candidates.length })})
            </span>
          </h2>
          <ul className="mt-3 space-y-4">
            {title.candidates.map((c) => {
              const mine = shortlist.myFeedback.filter((f) => f.nominationId === c.id);
              return (
                <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4">
                  <h3 className="text-lg font-semibold">{c.nomineeName}</h3>
                  <p className="text-sm text-stone-700">
                    {t(`kind${c.nomineeKind}`)}
                    {c.position ? ` · ${c.position}` : ""} · {t("unit", { unit: c.unitName })}
                  </p>
                  {c.citation ? (
                    <p className="mt-2">
                      <span className="font-medium">{t("citation")}: </span>
                      {c.citation}
                    </p>
                  ) : null}
                  {c.achievementSummary ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-brand-700 underline">{t("summaryToggle")}</summary>
                      <div
                        className={`mt-2 ${richTextClasses}`}
                        dangerouslySetInnerHTML={{ __html: sanitizeRichText(c.achievementSummary) }}
                      />
                    </details>
                  ) : null}
                  {mine.length > 0 ? (
                    <div className="mt-3">
                      <h4 className="font-medium">{t("myFeedback")}</h4>
                      <ul className="mt-1 space-y-2 text-sm">
                        {mine.map((f) => (
                          <li key={f.id} className="rounded bg-stone-50 p-2">
                            <p className="text-stone-600">
                              {t("myFeedbackItem", {
                                kind: t(`kind${f.kind}`),
                                date: format.dateTime(f.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                              })}
                            </p>
                            <p className="whitespace-pre-line">{f.body}</p>
                            {f.resolution ? (
                              <p className="mt-1 text-green-900">{t("answer", { resolution: f.resolution })}</p>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {!shortlist.window.isOpen ? (
                    <p className="mt-3 text-stone-600">{t("closedNote")}</p>
                  ) : isSignedIn ? (
                    <PostingFeedbackForm
                      movementId={shortlist.movement.id}
                      nominationId={c.id}
                      nomineeName={c.nomineeName}
                    />
                  ) : (
                    <p className="mt-3">
                      <Link href={signInHref} className="text-brand-700 underline">
                        {t("signInToComment")}
                      </Link>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
