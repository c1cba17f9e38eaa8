import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// `source` first so `@intyg/core` resolves to its TypeScript sources: the browser runs the same rule and
// validation code as the server without a separate build step.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // The manifest lets `npm run bench` measure what the certificate page loads (bench/web-size.ts).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, manifest: true },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/health': 'http://localhost:8080',
    },
  },
});
