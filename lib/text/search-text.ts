/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ→d, collapsed spaces.
 * "Nguyễn Văn An" and "nguyen van an" fold to the same string.
 */
export function toSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
