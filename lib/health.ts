import type { PrismaClient } from "./generated/prisma/client";

export interface DatabaseHealth {
  isReachable: boolean;
  latencyMs: number;
}

/** Pings the database with a bounded wait; never throws. */
export async function checkDatabase(client: PrismaClient, timeoutMs = 2_000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = client.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const isReachable = await Promise.race([ping, timeout]);
  clearTimeout(timer);
  return { isReachable, latencyMs: Math.round(performance.now() - started) };
}
