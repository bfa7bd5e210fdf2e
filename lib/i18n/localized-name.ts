/** A name in the reader's language: the English one when reading in English and there is one. */
export function localizedName(locale: string, name: string, nameEn: string | null | undefined): string {
  return locale === "en" && nameEn ? nameEn : name;
}
