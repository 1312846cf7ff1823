import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic and components in happy-dom, extension APIs through WXT's fakeBrowser,
// IndexedDB through fake-indexeddb. Nothing here starts a browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    // No test here is about time (speed is `npm run bench`'s): vitest's 5 s default failed tests whose first step
    // imports modules afresh, while other builds shared the VM's two CPUs.
    testTimeout: 30_000,
  },
});
