/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  // No source maps in the shipped build unless asked for (SOURCEMAP=1 npm run build).
  build: { target: 'es2022', sourcemap: process.env.SOURCEMAP === '1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
