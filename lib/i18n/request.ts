import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookieName } from "./config";
import { loadMessages } from "./messages";

// Locale comes from the visitor's remembered choice; Vietnamese otherwise.
export default getRequestConfig(async () => {
  const stored = (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Ho_Chi_Minh" };
});
