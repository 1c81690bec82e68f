import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/app/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one self-contained CommonJS file that requires only
      // 'electron' (STACK.md). Two entries cannot turn code splitting off, so the two share
      // no module (src/preload/print.ts says how); tests/unit/main/app/built-app.test.ts
      // checks that each emitted file stands alone and that no shared chunk was made.
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/preload/index.ts'),
          // The hidden print window's own preload: it can only receive its sheet (src/main/app/print-window.ts).
          print: resolve(import.meta.dirname, 'src/preload/print.ts'),
        },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // No inline scripts or styles: the CSP allows only the app's own files.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/renderer/index.html'),
          // The hidden print window's page: renders only the sheet main hands it (src/main/app/print.ts).
          print: resolve(import.meta.dirname, 'src/renderer/print.html'),
        },
      },
    },
  },
});
