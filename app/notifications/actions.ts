"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms";
import { markNotificationsRead } from "@/lib/notifications/notifications";
import { requireUser } from "@/lib/session";

/** Marks all of the signed-in person's notifications read (never anyone else's: the query is by their id). */
export async function markAllNotificationsReadAction(): Promise<FormState> {
  const actor = await requireUser("/notifications");
  await markNotificationsRead({ actor });
  // The header's unread count is on every page.
  revalidatePath("/", "layout");
  return { status: "success", message: "allRead" };
}
