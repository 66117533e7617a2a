import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  build: {
    // Fonts and images of the design system are files of their own, never inlined as data: URLs.
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // Resource routes (robots.txt, the sitemaps) answer on the server only: their empty browser chunk is expected.
        if (warning.code === 'EMPTY_BUNDLE') return;
        warn(warning);
      },
    },
  },
});
