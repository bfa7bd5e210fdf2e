import { getFormatter, getTranslations } from "next-intl/server";
import type { PostingWindow } from "@/lib/reviews/posting/queries";

/** "Posted from … to the end of … (n working days …)" and whether it is open; days of date columns are formatted in UTC. */
export async function PostingWindowText({ window }: { window: PostingWindow }) {
  const [t, format] = await Promise.all([getTranslations("posting"), getFormatter()]);
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00.000Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="mt-3 rounded border border-brand-100 bg-brand-50 p-4 text-brand-800">
      <p>{t("window", { start: day(window.startsOn), end: day(window.lastDay), count: window.workingDays })}</p>
      <p className="mt-1 font-semibold">{window.isOpen ? t("isOpen") : t("isClosed")}</p>
    </div>
  );
}
