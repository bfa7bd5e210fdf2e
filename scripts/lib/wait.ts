/** Polls `url` until the server answers at all; its HTTP status, or null after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => null,
    );
    if (status !== null) return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}
