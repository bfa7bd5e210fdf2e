import { describe, expect, it } from "vitest";
import { plainTextLength, richTextToPlain, sanitizeRichText } from "./rich-text";

describe("rich text", () => {
  it("keeps paragraphs, lists, bold and italics without attributes", () => {
    const html = `<p class="x" style="color:red">Một <b>hai</b> <em>ba</em></p><ol><li>bốn</li></ol><br>`;
    expect(sanitizeRichText(html)).toBe("<p>Một <b>hai</b> <em>ba</em></p><ol><li>bốn</li></ol><br />");
  });

  it("removes scripts, event handlers, links, images and styles, keeping harmless text escaped", () => {
    const html = `<p>Tốt<script>alert(1)</script><style>p{}</style></p><a href="javascript:alert(1)">bấm</a><img src=x onerror=alert(1)><svg onload=alert(1)></svg>1 < 2`;
    expect(sanitizeRichText(html)).toBe("<p>Tốt</p>bấm1 &lt; 2");
  });

  it("measures and extracts the text a reader sees", () => {
    expect(richTextToPlain("<p>Một&nbsp;hai</p><ul><li>ba</li><li>&lt;bốn&gt;</li></ul>")).toBe("Một hai ba <bốn>");
    expect(plainTextLength("<p><br></p>")).toBe(0);
  });

  it("does not fail on numeric references that are no character", () => {
    expect(richTextToPlain("<p>&#99999999; &#x1F600; &#65;</p>")).toBe("\uFFFD 😀 A");
  });
});
