import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless Debian Chromium against the demo CRM on 127.0.0.1.
// Files run one after another: each launches its own browser, and CI machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
