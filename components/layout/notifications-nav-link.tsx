import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unreadNotificationCount } from "@/lib/notifications/notifications";
import type { Actor } from "@/lib/session";

/** The header's "Notifications" entry with the signed-in person's unread count (none shown when it cannot be read). */
export async function NotificationsNavLink({ actor }: { actor: Actor }) {
  const t = await getTranslations("notifications");
  const count = await unreadNotificationCount(actor).catch(() => 0);
  return (
    <Link href="/notifications" className="flex items-center gap-1 rounded px-3 py-1 hover:bg-white/10">
      {t("navLabel")}
      {count > 0 ? (
        <span className="rounded-full bg-gold-400 px-2 text-xs font-bold text-stone-900">
          {count}
          <span className="sr-only"> {t("navUnread", { count })}</span>
        </span>
      ) : null}
    </Link>
  );
}
