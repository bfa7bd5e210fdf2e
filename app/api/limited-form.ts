/**
 * A multipart form read with a bound on its size: refused before reading when the declared
 * length is over `limit`, and while reading when there is none, so an oversize upload is never
 * buffered whole. "invalid" when the body is not a form.
 */
export async function readLimitedForm(request: Request, limit: number): Promise<FormData | "tooLarge" | "invalid"> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return "tooLarge";
  const body = await readBody(request, limit);
  if (!body) return "tooLarge";
  const form = await new Response(new Uint8Array(body), {
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  })
    .formData()
    .catch(() => null);
  return form ?? "invalid";
}

/** The request body, or null once it passes `limit` bytes (read no further). */
async function readBody(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}
