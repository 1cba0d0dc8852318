import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Writes a .gz beside every compressible file: the server sends it to browsers that accept gzip. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'shousi-precompress',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
      for (const file of walk(outDir)) {
        if (/\.(js|mjs|css|html|svg|ttf|json)$/.test(file)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  // The API serves the built app; in `vite` dev mode the API is proxied.
  server: { proxy: { '/api': 'http://localhost:3000' } },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco's chunks are big by nature; they load only on a problem page.
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
    // dist/.vite/manifest.json: the server names a problem page's chunks in its HTML, to preload them.
    manifest: true,
  },
});
