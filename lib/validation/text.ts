// What text may be stored. PostgreSQL refuses the NUL character outright; an unpaired UTF-16
// half would silently become U+FFFD on the way; the other control characters break exports,
// file names and mail headers later. Tab, line feed and carriage return are ordinary parts of
// multi-line text.
// Everything else, zero-width and right-to-left marks included, is someone's real text.

/** C0 controls other than tab, LF and CR; DEL; C1 controls; unpaired surrogates (the `u` flag sees a pair as one code point). */
const unstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDFFF]/u;

/** True when `text` holds no character that cannot be stored (see above). */
export function isStorableText(text: string): boolean {
  return !unstorable.test(text);
}

/** `text` in Unicode NFC, so "ệ" typed as one character or as e + two marks is stored, compared and searched alike. */
export function normalizeText(text: string): string {
  return text.normalize("NFC");
}
