import { describe, expect, it } from "vitest";
import { locales } from "./config";
import { globalErrorMessages } from "./global-error-messages";
import en from "./messages/en.json";
import vi from "./messages/vi.json";

describe("the global error page's messages", () => {
  it("are the catalogs' own `errors` entries, in every language", () => {
    const catalogs = { vi, en };
    for (const locale of locales) {
      for (const [key, text] of Object.entries(globalErrorMessages[locale])) {
        expect(text, `${locale}.errors.${key}`).toBe((catalogs[locale].errors as Record<string, string>)[key]);
      }
    }
  });
});
