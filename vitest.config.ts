import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/temporary-folder.ts'],
    // CLI tests spawn the built bin; a loaded CI machine can take a few seconds per process.
    testTimeout: 30_000,
  },
});
