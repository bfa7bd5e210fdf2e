import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DossierRoutePanel } from "@/components/levels/dossier-route-panel";
import { DossierForm } from "@/components/nominations/dossier-form";
import type { DossierValues } from "@/components/nominations/dossier-types";
import { DossierView } from "@/components/nominations/dossier-view";
import { EvidenceFiles } from "@/components/nominations/evidence-files";
import { NominationHistory } from "@/components/nominations/nomination-history";
import { NominationStatusBadge } from "@/components/nominations/nomination-status-badge";
import { ReturnNominationForm } from "@/components/nominations/return-nomination-form";
import { VersionList } from "@/components/nominations/version-list";
import { WithdrawNomination } from "@/components/nominations/withdraw-nomination";
import { dossierRoute } from "@/lib/levels/dossier-route";
import { listNominationFiles } from "@/lib/nominations/files";
import { nominationHistory } from "@/lib/nominations/history";
import {
  getNominationForViewer,
  listNominationTitles,
  listNominationUnits,
  type NominationForViewer,
} from "@/lib/nominations/queries";
import {
  maxCitationLength,
  maxPriorRecognitions,
  maxSelfAssessmentLength,
  maxSummaryHtmlLength,
} from "@/lib/nominations/schemas";
import { can } from "@/lib/policy";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nominations");
  return { title: t("dossier.pageTitle") };
}

function dossierValues(nomination: NominationForViewer): DossierValues {
  return {
    id: nomination.id,
    version: nomination.version,
    nomineeKind: nomination.nomineeKind,
    nomineeName: nomination.nomineeName,
    gender: nomination.gender,
    birthYear: nomination.birthYear,
    position: nomination.position,
    unitId: nomination.unit.id,
    yearsOfService: nomination.yearsOfService,
    contact: nomination.contact,
    collectiveSize: nomination.collectiveSize,
    serviceMonths: nomination.serviceMonths,
    absenceDays: nomination.absenceDays,
    disciplined: nomination.disciplined,
    awardTitleId: nomination.awardTitle.id,
    achievementSummary: nomination.achievementSummary,
    citation: nomination.citation,
    selfAssessments: nomination.selfAssessmentByCriterion,
    priorRecognitions: nomination.priorRecognitions,
  };
}

/**
 * A nomination dossier (hồ sơ đề nghị). Officers of the nominee's unit edit it while it is a
 * draft or returned, and submit or withdraw it; administrators read it and may return it for
 * revision. Anyone else, and any malformed or unknown id: not found.
 */
export default async function NominationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission(`/nominations/${encodeURIComponent(id)}`, { ids: [id] });
  const nomination = await getNominationForViewer({ actor, id });
  if (!nomination) notFound();
  const { movement } = nomination;
  const [t, locale, files, titles, units, history, route] = await Promise.all([
    getTranslations("nominations"),
    getLocale(),
    listNominationFiles({ actor, nominationId: id }),
    nomination.canEdit ? listNominationTitles({ actor, movementId: movement.id }) : Promise.resolve([]),
    nomination.canEdit ? listNominationUnits({ actor, movementId: movement.id }) : Promise.resolve([]),
    nominationHistory({ actor, nominationId: id }),
    dossierRoute(id),
  ]);
  const isEnglish = locale === "en";
  const title = isEnglish && nomination.awardTitle.nameEn ? nomination.awardTitle.nameEn : nomination.awardTitle.name;
  const evidence = <EvidenceFiles nominationId={id} files={files ?? []} canEdit={nomination.canEdit} />;
  const backHref = can(actor, "nomination.return") ? `/admin/movements/${movement.id}/nominations` : "/nominations";
  return (
    <>
      <Link href={backHref} className="text-brand-700 underline hover:text-brand-800">
        {t("dossier.back")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{nomination.nomineeName}</h1>
      <p className="mt-1 text-stone-700">
        {t("dossier.subtitle", {
          movement: isEnglish && movement.nameEn ? movement.nameEn : movement.name,
          title,
          unit: nomination.unit.name,
        })}
      </p>
      <NominationStatusBadge status={nomination.status} />
      <div className="mt-6 grid max-w-4xl gap-6">
        {nomination.status === "RETURNED" && nomination.returnComment ? (
          <section aria-labelledby="return-comment" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
            <h2 id="return-comment" className="font-semibold">
              {t("dossier.returnedTitle")}
            </h2>
            <p className="mt-1 whitespace-pre-line">{nomination.returnComment}</p>
          </section>
        ) : null}
        {nomination.canEdit ? (
          <DossierForm
            values={dossierValues(nomination)}
            choices={{
              titles,
              units: units.some((unit) => unit.id === nomination.unit.id)
                ? units
                : [{ id: nomination.unit.id, name: nomination.unit.name, depth: 0 }, ...units],
              criteria: movement.criteria,
            }}
            limits={{
              summaryHtml: maxSummaryHtmlLength,
              citation: maxCitationLength,
              selfAssessment: maxSelfAssessmentLength,
            }}
            maxPriorRecognitions={maxPriorRecognitions}
            files={evidence}
            isResubmission={nomination.status === "RETURNED"}
          />
        ) : (
          <>
            <p className="rounded border border-stone-300 bg-stone-50 p-3 text-stone-700">{t("dossier.readOnly")}</p>
            <DossierView nomination={nomination} />
            {evidence}
          </>
        )}
        {route && route.history.length > 0 ? <DossierRoutePanel route={route} /> : null}
        {nomination.canReturn ? <ReturnNominationForm nominationId={id} version={nomination.version} /> : null}
        {nomination.canWithdraw ? (
          <WithdrawNomination nominationId={id} version={nomination.version} nomineeName={nomination.nomineeName} />
        ) : null}
        <VersionList nominationId={id} versions={nomination.versions} />
        {history ? <NominationHistory events={history} /> : null}
      </div>
    </>
  );
}
