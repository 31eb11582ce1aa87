import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The persona login exists only in builds for development (`npm start`, the e2e suite): a production build compiles
// `__DEV_LOGIN__` to false, so the dev-login chunk and its endpoint's path are not in the bundle at all.
const devLogin = process.env['MUSTER_CONSOLE_DEV_LOGIN'] === '1';

// In development (`vite`), the services are reached through the gateway's paths, as in production: one origin, no CORS.
const gateway = process.env['MUSTER_GATEWAY_URL'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: __dirname,
  plugins: [react()],
  define: { __DEV_LOGIN__: JSON.stringify(devLogin) },
  server: { proxy: { '/api': gateway, '/dev': gateway } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    globals: false,
  },
});
