import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in src/web; the server serves dist/web and answers /api.
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // The app's own modules under src/web/api are served at /api/*.ts too: those stay with Vite.
    proxy: { '^/api/(?![^?]*\\.tsx?(\\?|$))': 'http://127.0.0.1:3000' },
  },
});
