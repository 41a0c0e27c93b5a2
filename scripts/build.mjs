// Builds dist/cli.js and dist/action.js with esbuild: single-file ESM bundles, deterministic output.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'src/cli.ts', out: 'cli' },
  ...(existsSync('src/action.ts') ? [{ in: 'src/action.ts', out: 'action' }] : []),
];

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  sourcemap: false,
  legalComments: 'none',
  minify: true,
  charset: 'utf8',
  loader: { '.yml': 'text' },
  // CommonJS dependencies bundled into ESM need a real `require` for Node built-ins.
  banner: {
    js: "import { createRequire as __shipgateCreateRequire } from 'node:module'; const require = __shipgateCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
