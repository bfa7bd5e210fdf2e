import path from "node:path";
import { z } from "zod";
import { compileProxyTrust } from "./security/trusted-proxies";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

/** Default of UPLOAD_DIR, relative to the project root (the app's working directory). */
export const defaultUploadDir = "./data/uploads";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm start sets it when it runs the embedded database)" })
    .url("DATABASE_URL must be a URL such as postgresql://user@127.0.0.1:5432/vinh_danh")
    .refine((url) => /^postgres(ql)?:\/\//.test(url), "DATABASE_URL must start with postgresql://"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a request waits for a pooled connection before failing with 503. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
  NEXTAUTH_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** A session ends after this long without a request. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** A session ends this long after sign-in, active or not. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Roles that must sign in with a second factor (comma-separated; empty for none). */
  MFA_REQUIRED_ROLES: z
    .string()
    .default("ADMIN,REVIEWER")
    .transform((value) =>
      value
        .split(",")
        .map((role) => role.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(["ADMIN", "OFFICER", "REVIEWER", "STAFF"]))),
  /** The calendar deadlines are kept in: a phase ending "31 March" ends at midnight there. */
  APP_TIME_ZONE: z
    .string()
    .default("Asia/Ho_Chi_Minh")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "APP_TIME_ZONE must be an IANA time zone such as Asia/Ho_Chi_Minh"),
  /** Where uploaded files (evidence, portraits) are kept on local disk; relative paths start at the project root. */
  UPLOAD_DIR: z
    .string()
    .trim()
    .min(1)
    .default(defaultUploadDir)
    .transform((dir) => path.resolve(dir)),
  /** Memory for the public page cache (rosters and profiles for anonymous visitors, lib/page-cache); 0 switches it off. */
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(0).max(4_096).default(64),
  /** Ranked nominations kept in memory for the results pages (lib/reviews/ranking/cache.ts); 0 keeps none. */
  RANKING_CACHE_MAX_ROWS: z.coerce.number().int().min(0).max(10_000_000).default(300_000),
  /**
   * Proxies whose X-Forwarded-For/-Proto/-Host are believed: addresses, CIDRs or "loopback",
   * comma-separated (decision 0003). Empty: nobody's; the connection's own address counts.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((value) => {
      try {
        compileProxyTrust(value);
        return true;
      } catch {
        return false;
      }
    }, "TRUSTED_PROXIES must list IP addresses or CIDRs (e.g. 10.0.0.0/8, 127.0.0.1) or loopback, comma-separated"),
  /** Set by the one-command demo start: the UI says it runs on demo data. Never set in production. */
  DEMO_MODE: booleanFlag,
});

export type Env = z.infer<typeof envSchema>;

/** Thrown at start-up with every bad variable named, so a misconfiguration is obvious. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

/** Parses an environment; exported for tests, the app uses `env()`. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
}

let cached: Env | undefined;

/** The validated environment of this process (parsed once). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
