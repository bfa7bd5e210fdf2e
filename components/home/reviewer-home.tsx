import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { reviewerQueue } from "@/lib/home/queries";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/session";

export async function ReviewerHome({ actor }: { actor: Actor }) {
  const t = await getTranslations("home.reviewer");
  const tStatus = await getTranslations("reviewStatus");
  const queue = await reviewerQueue(actor.id);
  return (
    <section aria-labelledby="reviewer-home" className="mt-8" data-testid="home-reviewer">
      <h2 id="reviewer-home" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-stone-700">{t("submitted", { count: queue.submitted })}</p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <Link href="/reviews" className="text-brand-700 underline hover:text-brand-800">
          {t("openQueue")}
        </Link>
        <Link href="/council" className="text-brand-700 underline hover:text-brand-800">
          {t("openBallots")}
        </Link>
      </p>
      <h3 className="mt-4 font-semibold">{t("pending")}</h3>
      {queue.pending.length === 0 ? (
        <p className="mt-2 text-stone-600">{t("nothingPending")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {queue.pending.map((item) => (
            <li key={item.id} className="flex flex-wrap justify-between gap-2 p-3">
              <span>
                <Link
                  href={`/reviews/${item.id}`}
                  className="font-medium text-brand-700 underline hover:text-brand-800"
                >
                  {item.nomineeName}
                </Link>
                <span className="block text-sm text-stone-600">{item.movementName}</span>
              </span>
              <span className="self-center rounded bg-stone-100 px-2 py-0.5 text-sm">
                {tStatus(item.status as ReviewStatus)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
