import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { hasVisiblePosting } from "@/lib/reviews/posting/queries";
import type { Actor } from "@/lib/session";

/** On a movement's page: the link to its posted shortlist, when there is one the viewer may see. */
export async function PostingLink({ movementId, viewer }: { movementId: string; viewer: Actor | null }) {
  if (!(await hasVisiblePosting({ actor: viewer, movementId }))) return null;
  const t = await getTranslations("posting");
  return (
    <p className="mt-3">
      <Link
        href={`/movements/${movementId}/shortlist`}
        className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t("movementLink")}
      </Link>
    </p>
  );
}
