// The achievement summary is formatted text from the editor: paragraphs, lists, bold and
// italics. Whatever arrives is reduced to those tags without attributes before it is stored,
// so a pasted <script> or onerror= never reaches another person's browser.
import sanitizeHtml from "sanitize-html";

const allowedTags = ["p", "br", "strong", "b", "em", "i", "ul", "ol", "li"];

/** The HTML with only p, br, strong, b, em, i, ul, ol, li left, and no attributes. Text is kept (escaped). */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: {},
    // Dropped elements whose content is code, not text.
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed"],
    disallowedTagsMode: "discard",
  }).trim();
}

/** The number of characters of text in `html` (tags removed, entities decoded, spaces collapsed). */
export function plainTextLength(html: string): number {
  return richTextToPlain(html).length;
}

/** The text of `html` without tags, blocks separated by a space: for search, exports and completeness. */
export function richTextToPlain(html: string): string {
  const text = sanitizeHtml(html.replace(/<\/(p|li)>|<br\s*\/?>/gi, " "), { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (!name.startsWith("#")) return entities[name.toLowerCase()] ?? match;
    const codePoint = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    // A crafted "&#99999999;" is not a character: keep it as typed rather than throwing.
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : match;
  });
}
