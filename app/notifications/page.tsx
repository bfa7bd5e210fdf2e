import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MarkAllReadForm } from "@/components/notifications/mark-all-read-form";
import type { Messages } from "@/lib/i18n/messages";
import { listNotifications } from "@/lib/notifications/notifications";
import { requireUser } from "@/lib/session";

type KindKey = keyof Messages["notifications"]["kinds"];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

/** The signed-in person's own notifications, newest first, unread ones marked; each links to its nomination. */
export default async function NotificationsPage() {
  const actor = await requireUser("/notifications");
  const [t, format, notifications] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    listNotifications({ actor, limit: 100 }),
  ]);
  const unread = notifications.filter((n) => n.readAt === null).length;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-stone-700">{t("unread", { count: unread })}</p>
      {unread > 0 ? (
        <div className="mt-4">
          <MarkAllReadForm />
        </div>
      ) : null}
      {notifications.length === 0 ? (
        <p className="mt-6 rounded border border-stone-300 bg-stone-50 p-4">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="mt-6 grid max-w-3xl gap-3">
          {notifications.map((notification) => {
            const isUnread = notification.readAt === null;
            // Every kind names its own values (a level, a decision, a count…); absent ones read as blank.
            const values = {
              nominee: "",
              title: "",
              movement: "",
              comment: "",
              level: "",
              from: "",
              decision: "",
              count: "",
              ...notification.params,
            };
            const { nominee } = values;
            return (
              <li
                key={notification.id}
                className={`rounded-lg border p-4 ${isUnread ? "border-brand-600 bg-brand-50" : "border-stone-200 bg-white"}`}
              >
                <p className="text-sm text-stone-600">
                  {isUnread ? (
                    <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 font-semibold text-white">
                      {t("unreadBadge")}
                    </span>
                  ) : null}
                  <time dateTime={notification.createdAt.toISOString()}>
                    {format.dateTime(notification.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </p>
                <p className={`mt-1 whitespace-pre-line ${isUnread ? "font-semibold" : ""}`}>
                  {t(`kinds.${notification.kind as KindKey}`, values)}
                </p>
                {notification.nominationId ? (
                  <Link
                    href={`/nominations/${notification.nominationId}`}
                    className="mt-1 inline-block text-brand-700 underline hover:text-brand-800"
                  >
                    {t("openNomination", { nominee })}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
