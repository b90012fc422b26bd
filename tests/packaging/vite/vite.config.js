// The package's browser entry instantiates the wasm with top-level await:
// es2022 lets Vite keep it as it is.
import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
