import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The console's web application. `npm run build` writes it to dist/console/web, which the console's
// server (apps/console/src) serves; `vite` alone serves it in development with /api and /auth
// forwarded to a running console server.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist/console/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Under the 250 KB (compressed) budget of issue 12, with room: a page's own code loads when it opens.
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
    },
  },
});
