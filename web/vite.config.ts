import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { WEB_ALIASES } from './aliases.js';

const apiPort = process.env.PORT ?? '4000';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  resolve: { alias: WEB_ALIASES },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The console's editor (Monaco) is one big lazy chunk, loaded only on /console.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React-compiler directives ("use no memo") that bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Development: Vite serves the app, the API runs on PORT behind this proxy.
  server: {
    port: 5173,
    // `ws`: subscriptions (graphql-ws) share the /graphql path with queries.
    proxy: {
      '/graphql': { target: `http://127.0.0.1:${apiPort}`, ws: true },
      '/health': `http://127.0.0.1:${apiPort}`,
      '/auth/config': `http://127.0.0.1:${apiPort}`,
      '/evidence/upload': `http://127.0.0.1:${apiPort}`,
    },
  },
});
