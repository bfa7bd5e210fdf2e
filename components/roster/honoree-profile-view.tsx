import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MeritEntry } from "@/lib/roster/merit-history";
import type { HonoreeProfile } from "@/lib/roster/queries";
import { CertificateLink } from "./certificate-link";
import { HonoreePortrait } from "./honoree-portrait";
import { localizedName } from "@/lib/i18n/localized-name";
import { MeritHistory } from "./merit-history";

// Plain <a>, not next/link, so the page cache answers (docs/decisions/0009-public-page-cache.md).

/** A story's paragraphs: it is stored as plain paragraphs separated by a blank line. */
export function storyParagraphs(story: string): string[] {
  return story
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** Why an officer or administrator sees a profile the public does not: shown above it. */
async function StateNotice({ profile }: { profile: HonoreeProfile }) {
  const [t, format] = await Promise.all([getTranslations("honoreeProfile"), getFormatter()]);
  if (profile.revocation) {
    return (
      <div role="note" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
        <p className="font-semibold">
          <span className="mr-2 inline-block rounded bg-red-700 px-2 py-0.5 text-xs text-white">
            {t("stateRevoked")}
          </span>
          {t("revokedNotice")}
        </p>
        <ul className="mt-2 text-sm">
          <li>{t("revokedOn", { date: format.dateTime(profile.revocation.at, { dateStyle: "medium" }) })}</li>
          {profile.revocation.reference ? (
            <li>{t("revokedReference", { reference: profile.revocation.reference })}</li>
          ) : null}
          {profile.revocation.reason ? <li>{t("revokedReason", { reason: profile.revocation.reason })}</li> : null}
        </ul>
      </div>
    );
  }
  if (profile.state === "unpublished") {
    return (
      <p role="note" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
        <span className="mr-2 inline-block rounded bg-amber-800 px-2 py-0.5 text-xs font-semibold text-white">
          {t("stateUnpublished")}
        </span>
        {t("unpublishedNotice")}
      </p>
    );
  }
  if (profile.listedFor === "STAFF") {
    return (
      <p role="note" className="mt-4 rounded-lg border border-stone-300 bg-stone-100 p-4 text-stone-800">
        {t("staffNotice")}
      </p>
    );
  }
  return null;
}

/** The profile of an honoree ("người tốt, việc tốt"): who, what for, the decision, and their merit history. */
export async function HonoreeProfileView({ profile, merit }: { profile: HonoreeProfile; merit: MeritEntry[] }) {
  const [t, tRoster, format, locale] = await Promise.all([
    getTranslations("honoreeProfile"),
    getTranslations("roster"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const title = localizedName(locale, profile.titleName, profile.titleNameEn);
  const paragraphs = storyParagraphs(profile.story);
  return (
    <article>
      <nav aria-label={t("breadcrumb")}>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a document load on purpose (see above) */}
        <a href="/honorees" className="text-brand-700 underline">
          {t("backToRoster")}
        </a>
      </nav>
      <StateNotice profile={profile} />
      <header className="mt-6 flex flex-col gap-6 sm:flex-row sm:items-start">
        <HonoreePortrait
          id={profile.id}
          name={profile.name}
          hasPortrait={profile.hasPortrait}
          alt={tRoster("portraitAlt", { name: profile.name })}
          size="profile"
        />
        <div className="min-w-0">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{title}</p>
          <h1 className="mt-1 text-3xl font-bold break-words">{profile.name}</h1>
          <p className="mt-1 text-stone-700">{tRoster(`kinds.${profile.kind}`)}</p>
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {profile.position ? (
              <>
                <dt className="font-medium text-stone-600">{t("position")}</dt>
                <dd className="break-words">{profile.position}</dd>
              </>
            ) : null}
            <dt className="font-medium text-stone-600">{t("unit")}</dt>
            <dd className="break-words">{profile.unitName}</dd>
            <dt className="font-medium text-stone-600">{t("awardTitle")}</dt>
            <dd className="break-words">{title}</dd>
            <dt className="font-medium text-stone-600">{t("movement")}</dt>
            <dd className="break-words">
              <a href={`/movements/${profile.movement.id}/honorees`} className="text-brand-700 underline">
                {localizedName(locale, profile.movement.name, profile.movement.nameEn)}
              </a>
            </dd>
            <dt className="font-medium text-stone-600">{t("awardedOn")}</dt>
            <dd>
              <time dateTime={profile.awardedOn.toISOString().slice(0, 10)}>{day(profile.awardedOn)}</time>
            </dd>
          </dl>
        </div>
      </header>

      <section aria-labelledby="citation" className="mt-8">
        <h2 id="citation" className="text-xl font-semibold">
          {t("citation")}
        </h2>
        <blockquote className="mt-3 border-l-4 border-brand-600 bg-white p-4 text-lg italic break-words">
          {profile.citation}
        </blockquote>
      </section>

      <section aria-labelledby="story" className="mt-8">
        <h2 id="story" className="text-xl font-semibold">
          {t("story")}
        </h2>
        {paragraphs.length === 0 ? <p className="mt-3 text-stone-600">{t("noStory")}</p> : null}
        <div className="mt-3 max-w-3xl space-y-3 leading-relaxed">
          {paragraphs.map((paragraph, i) => (
            <p key={i} className="whitespace-pre-line break-words">
              {paragraph}
            </p>
          ))}
        </div>
      </section>

      <section aria-labelledby="decision" className="mt-8">
        <h2 id="decision" className="text-xl font-semibold">
          {t("decision")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-stone-600">{t("decisionNumber")}</dt>
          <dd className="break-words">{profile.decision.number}</dd>
          <dt className="font-medium text-stone-600">{t("decisionDate")}</dt>
          <dd>
            <time dateTime={profile.decision.issuedOn.toISOString().slice(0, 10)}>
              {day(profile.decision.issuedOn)}
            </time>
          </dd>
          <dt className="font-medium text-stone-600">{t("signer")}</dt>
          <dd className="break-words">{profile.decision.signerName}</dd>
          <dt className="font-medium text-stone-600">{t("authority")}</dt>
          <dd className="break-words">{profile.decision.issuingAuthority}</dd>
        </dl>
        <CertificateLink honoreeId={profile.id} />
      </section>

      <MeritHistory entries={merit} currentId={profile.id} />
    </article>
  );
}
