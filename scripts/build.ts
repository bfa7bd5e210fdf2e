// npm run build: production build, skipped when nothing changed since the last one.
import { ensureBuild } from "./lib/build";

await ensureBuild();
