import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  // Fonts and images of the design system are files of their own, never inlined as data: URLs.
  build: { assetsInlineLimit: 0 },
});
