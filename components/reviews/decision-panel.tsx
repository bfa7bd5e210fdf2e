// The decision (quyết định) of a movement after its vote, on the vote page: the minutes and the
// decision form once the vote is closed; the recorded decision, its corrections and the
// correction form once decided. Administrators only (checked again in decisionView).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { today } from "@/lib/movements/days";
import { decisionView, type DecisionFields } from "@/lib/reviews/decision/queries";
import { getCurrentUser } from "@/lib/session";
import { DecisionCorrectionForm } from "./decision-correction-form";
import { DecisionForm } from "./decision-form";

const fieldKeys = ["number", "issuedOn", "signerName", "issuingAuthority"] as const;

export async function DecisionPanel({
  movementId,
  defaultAuthority = "",
}: {
  movementId: string;
  defaultAuthority?: string;
}) {
  const actor = await getCurrentUser();
  const day = today();
  const view = await decisionView({ actor, movementId, today: day });
  if (!view || (view.stage !== "voteClosed" && view.stage !== "decided")) return null;
  const [t, tMinutes, tRoster, format] = await Promise.all([
    getTranslations("decision"),
    getTranslations("minutes"),
    getTranslations("rosterAdmin"),
    getFormatter(),
  ]);
  const date = (isoDay: string) =>
    format.dateTime(new Date(`${isoDay}T00:00:00.000Z`), { dateStyle: "long", timeZone: "UTC" });
  const minutesLink = (
    <a
      href={`/api/movements/${movementId}/minutes`}
      className="inline-block text-brand-700 underline hover:text-brand-800"
      download
    >
      {tMinutes("download")}
    </a>
  );
  const { decision } = view;
  return (
    <section aria-labelledby="decision-title" className="mt-8 space-y-4">
      <h2 id="decision-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {minutesLink}
      {!decision ? (
        <>
          <p className="text-stone-700">{t("intro")}</p>
          <DecisionForm movementId={movementId} today={day} defaultAuthority={defaultAuthority} />
        </>
      ) : (
        <>
          <div className="rounded-lg border border-green-300 bg-green-50 p-4">
            <h3 className="text-lg font-semibold">{t("recordedTitle", { number: decision.number })}</h3>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("issuedOn")}</dt>
              <dd>{date(decision.issuedOn)}</dd>
              <dt className="font-medium">{t("signerName")}</dt>
              <dd>{decision.signerName}</dd>
              <dt className="font-medium">{t("issuingAuthority")}</dt>
              <dd>{decision.issuingAuthority}</dd>
              <dt className="font-medium">{t("recordedBy")}</dt>
              <dd>{decision.recordedBy ?? t("unknownPerson")}</dd>
              <dt className="font-medium">{t("recordedAt")}</dt>
              <dd>{format.dateTime(decision.recordedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
            </dl>
            <p className="mt-2 font-medium">{t("honourees", { count: decision.honourees })}</p>
            <p className="mt-2">
              <Link
                href={`/admin/movements/${movementId}/honorees`}
                className="text-brand-700 underline hover:text-brand-800"
              >
                {tRoster("link")}
              </Link>
            </p>
          </div>
          <section aria-labelledby="decision-corrections-title">
            <h3 id="decision-corrections-title" className="text-lg font-semibold">
              {t("correctionsTitle")}
            </h3>
            {decision.corrections.length === 0 ? (
              <p className="text-stone-700">{t("noCorrections")}</p>
            ) : (
              <ol className="mt-2 space-y-3">
                {decision.corrections.map((c) => (
                  <li key={c.id} className="rounded border border-stone-300 p-3">
                    <p className="font-medium">
                      {t("correctedBy", {
                        name: c.by,
                        at: format.dateTime(c.at, { dateStyle: "medium", timeStyle: "short" }),
                      })}
                    </p>
                    <p>
                      <span className="font-medium">{t("reasonLabel")}</span> {c.reason}
                    </p>
                    <ul className="mt-1 list-disc pl-6">
                      {fieldKeys
                        .filter((key) => c.before[key] !== c.after[key])
                        .map((key) => (
                          <li key={key}>
                            {t("change", {
                              field: t(key),
                              before: shown(c.before, key, date),
                              after: shown(c.after, key, date),
                            })}
                          </li>
                        ))}
                    </ul>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <DecisionCorrectionForm movementId={movementId} today={day} decision={decision} />
        </>
      )}
    </section>
  );
}

function shown(
  fields: Partial<DecisionFields>,
  key: (typeof fieldKeys)[number],
  date: (day: string) => string,
): string {
  const value = fields[key] ?? "";
  return key === "issuedOn" && value ? date(value) : value;
}
