import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layering (README, "Architecture"): app/ and components/ use lib/, never the other way. lib/
// holds the domain and must stay usable from scripts and tests without the UI; components get their
// data from pages and lib's query functions, never from the database client itself. (Client
// components importing an app/ folder's server actions is how Next.js wires forms: allowed.)
const boundaries = {
  "import/no-restricted-paths": [
    "error",
    {
      zones: [
        { target: "./lib", from: "./app", message: "lib/ never imports app/: move the shared code into lib/." },
        { target: "./lib", from: "./components", message: "lib/ never imports components/: pass data, not UI." },
        {
          target: "./components",
          from: ["./lib/db.ts", "./lib/generated/prisma/client.ts"],
          message: "components/ never reach the database: read through lib/<domain> queries in the page.",
        },
      ],
    },
  ],
  "import/no-cycle": ["error", { ignoreExternal: true }],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["app/**", "components/**", "lib/**", "scripts/**", "prisma/**", "e2e/**"],
    // The generated Prisma client is large and imports nothing of ours: not worth parsing for cycles.
    settings: { "import/ignore": ["node_modules", "lib/generated/"] },
    rules: boundaries,
  },
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "lib/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
