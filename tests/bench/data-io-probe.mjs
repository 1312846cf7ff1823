// Attribution probe: node tests/bench/data-io-probe.mjs (after a build in .output/chrome-mv3).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EXTENSION_DIR } from '../../scripts/lib/build.mjs';
import { extensionWorker, launch } from '../../scripts/lib/chromium.mjs';

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./data-io-probe.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  globalName: 'probe',
  write: false,
  platform: 'browser',
  target: 'es2022',
  alias: { '@': fileURLToPath(new URL('../..', import.meta.url)) },
});
const { context } = await launch({ extensionDir: EXTENSION_DIR });
try {
  const { extensionId } = await extensionWorker(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(`${bundle.outputFiles[0].text}\nglobalThis.probe = probe;`);
  const exps = JSON.parse(process.argv[2]);
  for (const [label, code] of exps) {
    const ms = await page.evaluate(code);
    console.log(`${label}: ${typeof ms === 'number' ? ms.toFixed(0) : JSON.stringify(ms)}`);
  }
} finally {
  await context.close();
}
