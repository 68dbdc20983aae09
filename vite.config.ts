/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildPublicUrl } from './src/lib/story/public-url.ts';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  // ATLAS_PUBLIC_URL=https://… npm run build (or npm start): the address the QR codes of presentations lead to.
  define: { 'import.meta.env.ATLAS_PUBLIC_URL': JSON.stringify(buildPublicUrl(process.env.ATLAS_PUBLIC_URL)) },
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
