// Names people give their files are kept for display and downloads only, cleaned of anything
// that could act as a path, a header break or a control character. Vietnamese letters stay.

const maxNameLength = 150;

/**
 * A safe file name made of `name` whole: a "/" or "\" in it (a collective called "Phòng Hành
 * chính/Tổng hợp") becomes "-" instead of cutting the name, and the extension is kept.
 */
export function sanitizeFileName(name: string, fallback = "tep"): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[/\\]+/g, "-")
    // Control characters (incl. CR/LF), and characters Windows and shells treat specially.
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    // No hidden files, no "..".
    .replace(/^\.+/, "");
  if (!cleaned) return fallback;
  if (cleaned.length <= maxNameLength) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return `${cleaned.slice(0, maxNameLength - extension.length).trimEnd()}${extension}`;
}

/** The name an upload is kept under: what follows the last folder of the path a client sent ("C:\fakepath\x.pdf"), made safe. */
export function uploadedFileName(name: string, fallback = "tep"): string {
  return sanitizeFileName(name.split(/[/\\]/).pop() ?? "", fallback);
}

/** Content-Disposition for a download: an ASCII fallback plus the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(name: string, disposition: "attachment" | "inline" = "attachment"): string {
  const safe = sanitizeFileName(name);
  const ascii = safe
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
