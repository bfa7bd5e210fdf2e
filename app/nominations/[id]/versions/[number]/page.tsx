import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VersionChanges } from "@/components/nominations/version-changes";
import { VersionSnapshot } from "@/components/nominations/version-snapshot";
import { isUuid } from "@/lib/ids";
import { getNominationVersions } from "@/lib/nominations/queries";
import { requireUser } from "@/lib/session";

type Props = { params: Promise<{ id: string; number: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nominations.versions");
  return { title: t("pageTitle") };
}

/** One submitted version of a dossier as it was sent, and what changed since the version before it. Same access as the dossier. */
export default async function NominationVersionPage({ params }: Props) {
  const { id, number } = await params;
  const actor = await requireUser(`/nominations/${encodeURIComponent(id)}/versions/${encodeURIComponent(number)}`);
  if (!isUuid(id) || !/^\d{1,6}$/.test(number)) notFound();
  const result = await getNominationVersions({ actor, id, number: Number(number) });
  if (!result) notFound();
  const { nomination, version, previous, changes } = result;
  const [t, format] = await Promise.all([getTranslations("nominations.versions"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <Link href={`/nominations/${id}`} className="text-brand-700 underline hover:text-brand-800">
        {t("backToDossier")}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">
        {t("heading", { number: version.number, name: nomination.nomineeName })}
      </h1>
      <p className="mt-1 text-stone-700">
        {t("submittedBy", { name: version.submittedBy, date: when(version.submittedAt) })}
      </p>
      <div className="mt-6 grid max-w-4xl gap-6">
        <section aria-labelledby="changes-title" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="changes-title" className="text-lg font-semibold">
            {previous ? t("changesTitle", { number: version.number, previous: previous.number }) : t("firstTitle")}
          </h2>
          {previous ? <VersionChanges changes={changes} /> : <p className="mt-2 text-stone-600">{t("first")}</p>}
        </section>
        <VersionSnapshot snapshot={version.snapshot} />
      </div>
    </>
  );
}
