import { getTranslations } from "next-intl/server";
import { sanitizeRichText } from "@/lib/nominations/rich-text";
import type { DossierSnapshot } from "@/lib/nominations/snapshot";
import { richTextClasses } from "./rich-text-styles";

/** A submitted version as it was frozen: fields as text, the summary sanitized on the server before it is shown. */
export async function VersionSnapshot({ snapshot }: { snapshot: DossierSnapshot }) {
  const [t, tKind, tGender] = await Promise.all([
    getTranslations("nominations"),
    getTranslations("nominations.kind"),
    getTranslations("nominations.gender"),
  ]);
  const none = t("dossier.none");
  const show = (value: string | number | null) => (value === null || value === "" ? none : String(value));
  const isIndividual = snapshot.nomineeKind === "INDIVIDUAL";
  const kind = snapshot.nomineeKind === "COLLECTIVE" ? "COLLECTIVE" : "INDIVIDUAL";
  const gender =
    snapshot.gender === "FEMALE" || snapshot.gender === "MALE" || snapshot.gender === "OTHER"
      ? tGender(snapshot.gender)
      : none;
  const rows: [string, string][] = [
    [t("fields.nomineeKind"), tKind(kind)],
    [isIndividual ? t("fields.nomineeName") : t("fields.collectiveName"), snapshot.nomineeName],
    [t("fields.awardTitleId"), snapshot.awardTitle.name],
    [t("fields.unitId"), snapshot.unit.name],
    ...(isIndividual
      ? ([
          [t("fields.gender"), gender],
          [t("fields.birthYear"), show(snapshot.birthYear)],
          [t("fields.position"), show(snapshot.position)],
          [t("fields.yearsOfService"), show(snapshot.yearsOfService)],
          [t("fields.contact"), show(snapshot.contact)],
          [t("fields.serviceMonths"), show(snapshot.serviceMonths)],
          [t("fields.absenceDays"), show(snapshot.absenceDays)],
        ] as [string, string][])
      : ([[t("fields.collectiveSize"), show(snapshot.collectiveSize)]] as [string, string][])),
    [t("fields.disciplined"), snapshot.disciplined ? t("dossier.yes") : t("dossier.no")],
    [
      t("prior.title"),
      snapshot.priorRecognitions
        .map((p) => [p.title, p.year, p.decisionRef].filter((part) => part !== null && part !== "").join(" — "))
        .join("\n") || none,
    ],
    [t("versions.files"), snapshot.files.map((file) => file.fileName).join("\n") || none],
  ];
  return (
    <section aria-labelledby="snapshot-title" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="snapshot-title" className="text-lg font-semibold">
        {t("versions.snapshotTitle")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-stone-700">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-medium">{t("fields.achievementSummary")}</h3>
      {snapshot.achievementSummary ? (
        // Sanitized on the server just above: only p, br, strong, em, lists, without attributes.
        <div
          className={richTextClasses}
          dangerouslySetInnerHTML={{ __html: sanitizeRichText(snapshot.achievementSummary) }}
        />
      ) : (
        <p className="text-stone-600">{none}</p>
      )}
      <h3 className="mt-4 font-medium">{t("fields.citation")}</h3>
      <p className="whitespace-pre-line">{snapshot.citation || none}</p>
      <h3 className="mt-4 font-medium">{t("fields.selfAssessmentsSection")}</h3>
      <ol className="mt-2 space-y-3">
        {snapshot.selfAssessments.map((assessment, i) => (
          <li key={assessment.criterionId}>
            <h4 className="font-medium">{t("fields.criterionLabel", { n: i + 1, name: assessment.criterionName })}</h4>
            <p className="whitespace-pre-line">{assessment.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
