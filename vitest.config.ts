import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // The presets in gates/ are imported as text, as the esbuild bundle does.
      name: 'yaml-as-text',
      transform(code, id) {
        if (id.endsWith('.yml')) return { code: `export default ${JSON.stringify(code)};`, map: null };
        return undefined;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary folder per run, removed at its end (see test/setup/temporary-folder.ts).
    globalSetup: ['test/setup/temporary-folder.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
