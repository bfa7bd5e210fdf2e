import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

interface Props {
  nominationId: string;
  versions: { number: number; submittedAt: Date; submittedBy: { fullName: string } }[];
}

/** Every submitted version of a dossier, newest first, each linking to what it held and what changed from the one before. */
export async function VersionList({ nominationId, versions }: Props) {
  const [t, format] = await Promise.all([getTranslations("nominations.versions"), getFormatter()]);
  return (
    <section aria-labelledby="versions-title" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="versions-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {versions.length === 0 ? (
        <p className="mt-2 text-stone-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {versions.map((version) => (
            <li key={version.number}>
              <Link
                href={`/nominations/${nominationId}/versions/${version.number}`}
                className="text-brand-700 underline hover:text-brand-800"
              >
                {t("item", { number: version.number })}
              </Link>{" "}
              <span className="text-sm text-stone-600">
                {t("submittedBy", {
                  name: version.submittedBy.fullName,
                  date: format.dateTime(version.submittedAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
