import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedName } from "@/lib/i18n/localized-name";
import type { ReviewerQueueParams } from "@/lib/reviews/reviewing/queue-params";
import { queueHref } from "@/lib/reviews/reviewing/queue-params";
import type { QueueMovement } from "@/lib/reviews/reviewing/queue";
import { QueueProgress } from "./queue-progress";

/** Progress (submitted / total) in each of the reviewer's movements; each name shows that movement's assignments. */
export async function QueueMovements({
  movements,
  params,
}: {
  movements: readonly QueueMovement[];
  params: ReviewerQueueParams;
}) {
  const [t, locale] = await Promise.all([getTranslations("reviewing"), getLocale()]);
  return (
    <section aria-labelledby="queue-progress" className="mt-6">
      <h2 id="queue-progress" className="text-xl font-semibold">
        {t("progressHeading")}
      </h2>
      <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {movements.map((movement) => {
          const nameId = `queue-movement-${movement.movementId}`;
          const isCurrent = params.movement === movement.movementId;
          return (
            <li key={movement.movementId} className="gap-x-6 px-3 py-2 sm:flex sm:items-center sm:justify-between">
              <Link
                id={nameId}
                href={queueHref({ ...params, movement: movement.movementId, page: 1 })}
                aria-current={isCurrent ? "true" : undefined}
                className={`text-brand-700 underline hover:text-brand-800 ${isCurrent ? "font-bold" : "font-semibold"}`}
              >
                {localizedName(locale, movement.name, movement.nameEn)}
              </Link>
              <QueueProgress submitted={movement.submitted} total={movement.total} labelledBy={nameId} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
