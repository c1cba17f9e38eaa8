import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// `source` first so `@intyg/core` resolves to its TypeScript sources: the browser runs the same rule and
// validation code as the server without a separate build step.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/health': 'http://localhost:8080',
    },
  },
});
