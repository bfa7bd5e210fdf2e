// Merges message namespaces into both catalogs: node scripts/add-messages.mjs file.json
// where file.json is { "vi": { "<namespace>": {…} }, "en": { "<namespace>": {…} } }.
// One short read-modify-write per catalog, so several people can add namespaces safely.
import { readFileSync, writeFileSync } from "node:fs";

const additions = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const locale of ["vi", "en"]) {
  const file = new URL(`../lib/i18n/messages/${locale}.json`, import.meta.url);
  const catalog = JSON.parse(readFileSync(file, "utf8"));
  for (const [namespace, messages] of Object.entries(additions[locale] ?? {})) {
    catalog[namespace] = { ...(catalog[namespace] ?? {}), ...messages };
  }
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
}
