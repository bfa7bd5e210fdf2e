import type { Locale } from "./config";
import type { Messages } from "./messages";

// Makes every t("key") type-checked against the Vietnamese catalog: a key missing from it fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
