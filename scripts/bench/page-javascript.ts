// The JavaScript a page ships on first load, as the browser receives it: every <script src> of
// its HTML (but the `nomodule` polyfills, which current browsers skip) fetched with
// Accept-Encoding: gzip (bytes on the wire), plus its inline scripts
// (Next.js's bootstrap and the React Server Components payload), gzip-compressed together.
import { request } from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";

export interface PageJavaScript {
  /** Gzipped bytes of the referenced script files. */
  files: number;
  fileCount: number;
  /** Gzipped bytes of the inline scripts. */
  inline: number;
  total: number;
}

/** Body bytes of `url` as sent over the wire with gzip accepted; compressed here if the server did not. */
async function gzippedSize(url: string): Promise<{ status: number; bytes: number; text: string }> {
  const { status, body, encoding } = await new Promise<{ status: number; body: Buffer; encoding: string | undefined }>(
    (resolve, reject) => {
      request(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks),
            encoding: response.headers["content-encoding"],
          }),
        );
        response.on("error", reject);
      })
        .on("error", reject)
        .end();
    },
  );
  if (encoding === "gzip") {
    return { status, bytes: body.length, text: gunzipSync(body).toString("utf8") };
  }
  return { status, bytes: gzipSync(body).length, text: body.toString("utf8") };
}

const javascriptTypes = new Set(["", "text/javascript", "application/javascript", "module"]);

/** First-load JavaScript of the page at `url` (an anonymous visitor). */
export async function pageJavaScript(url: string): Promise<PageJavaScript> {
  const page = await gzippedSize(url);
  if (page.status !== 200) throw new Error(`${url} answered HTTP ${page.status}`);
  const sources = new Set<string>();
  let inlineText = "";
  for (const match of page.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
    if (!javascriptTypes.has(type)) continue; // e.g. application/ld+json: data, not code
    // Next's polyfills for browsers without ES modules: a browser that has them never fetches it.
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (src) sources.add(new URL(src.replaceAll("&amp;", "&"), url).href);
    else inlineText += match[2] ?? "";
  }
  let files = 0;
  for (const source of sources) {
    const file = await gzippedSize(source);
    if (file.status !== 200) throw new Error(`${source} answered HTTP ${file.status}`);
    files += file.bytes;
  }
  const inline = inlineText ? gzipSync(inlineText).length : 0;
  return { files, fileCount: sources.size, inline, total: files + inline };
}
