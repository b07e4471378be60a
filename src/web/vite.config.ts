import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The UI is built at `npm install` (the prepare script) into dist/web, which `tessera serve` serves.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [preact()],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    // The map's country shapes and Cytoscape make one large chunk; it is served locally, never fetched.
    chunkSizeWarningLimit: 1500,
  },
});
