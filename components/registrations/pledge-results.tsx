import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PledgeResult } from "@/lib/registrations/queries";
import { listLimit } from "@/lib/registrations/queries";
import { TargetTable } from "./target-table";

interface Props {
  movementId: string;
  registrations: PledgeResult[];
}

/** Each registered unit's pledge against its results; one collapsible entry per unit, so long lists stay readable. */
export function PledgeResults({ movementId, registrations }: Props) {
  const t = useTranslations("registrations");
  if (registrations.length === 0) return <p className="mt-2 text-stone-600">{t("noRegistrations")}</p>;
  // A handful of units can all be open at once; a long list starts folded.
  const isOpen = registrations.length <= 3;
  return (
    <>
      <ul className="mt-3 space-y-2">
        {registrations.map((registration) => {
          const recorded = registration.targets.filter((target) => target.achievedValue !== null).length;
          return (
            <li key={registration.id}>
              <details open={isOpen} className="rounded-lg border border-stone-200 bg-white p-3">
                <summary className="cursor-pointer font-semibold">
                  {registration.unit.name}
                  <span className="ml-2 text-sm font-normal text-stone-600">
                    {t("targetCount", { count: registration.targets.length })}
                    {registration.targets.length > 0
                      ? ` · ${t("achievedCount", { achieved: recorded, count: registration.targets.length })}`
                      : ""}
                  </span>
                </summary>
                <div className="mt-2 space-y-2">
                  <p className="whitespace-pre-line">
                    <span className="font-medium">{t("pledgeLabel")}</span> {registration.pledge}
                  </p>
                  <TargetTable caption={t("table", { unit: registration.unit.name })} targets={registration.targets} />
                  {registration.resultsSummary ? (
                    <p className="whitespace-pre-line">
                      <span className="font-medium">{t("resultsSummaryLabel")}</span> {registration.resultsSummary}
                    </p>
                  ) : null}
                  {registration.isManaged ? (
                    <Link
                      href={`/movements/${movementId}/registrations/${registration.id}`}
                      className="inline-block text-brand-700 underline hover:text-brand-800"
                    >
                      {t("openRegistration", { unit: registration.unit.name })}
                    </Link>
                  ) : null}
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      {registrations.length >= listLimit ? (
        <p className="mt-2 text-sm text-stone-600">{t("listLimited", { count: listLimit })}</p>
      ) : null}
    </>
  );
}
