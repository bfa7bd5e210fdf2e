import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (e.g. several developers' checks on one machine) use separate folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native and WebAssembly packages stay out of the server bundle (pdfkit reads its own data files at run time).
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@prisma/adapter-pg", "pdfkit"],
  experimental: {
    // proxy.ts makes Next buffer request bodies, cutting them off silently past this size (10 MB
    // by default): room for the largest upload (10 MB evidence file + multipart envelope), which
    // the upload route itself bounds (lib/nominations/file-rules.ts maxUploadRequestBytes).
    proxyClientMaxBodySize: "11mb",
    // A level's consideration carries its minutes PDF (up to 10 MB, lib/levels/minutes.ts) in the action's form.
    serverActions: { bodySizeLimit: "11mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
