import { getTranslations } from "next-intl/server";
import { can } from "@/lib/policy";
import { rosterQueryString, type RosterParams } from "@/lib/roster/params";
import { rosterPdfRowLimit } from "@/lib/roster/export-rows";
import { getCurrentUser } from "@/lib/session";

const formats = ["xlsx", "csv", "pdf"] as const;

/**
 * "Download the list" menu of a roster view: the whole view as filtered (not only the page
 * shown) as Excel, CSV or a printable PDF. Signed-in members only; nothing for visitors.
 */
export async function ExportLinks({ params, className = "" }: { params: RosterParams; className?: string }) {
  const actor = await getCurrentUser();
  if (!can(actor, "roster.export")) return null;
  const t = await getTranslations("rosterExport");
  const query = rosterQueryString(params, { omit: ["page"] });
  const href = (format: (typeof formats)[number]) => `/api/honorees/export?format=${format}${query ? `&${query}` : ""}`;
  return (
    <details className={`relative inline-block ${className}`}>
      <summary className="cursor-pointer list-none rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 [&::-webkit-details-marker]:hidden">
        {t("menu")}
        <span aria-hidden="true"> ▾</span>
      </summary>
      <div className="mt-2 w-72 max-w-[90vw] rounded-lg border border-stone-300 bg-white p-3 shadow-lg sm:absolute sm:right-0 sm:z-10">
        <ul className="space-y-1">
          {formats.map((format) => (
            <li key={format}>
              {/* A download, not a page: a plain link so the browser saves the file. */}
              <a
                href={href(format)}
                download
                className="block rounded px-2 py-1 text-brand-700 underline hover:bg-stone-100"
              >
                {t(`formats.${format}`)}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-stone-600">{t("hint", { limit: rosterPdfRowLimit })}</p>
      </div>
    </details>
  );
}
