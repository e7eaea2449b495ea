/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built site runs from any static host or sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
