// @ts-check
/**
 * The demo: Pacer built with the demo CRM's origin preset, the demo CRM on 127.0.0.1, and Chromium opened on
 * a client screen with the side panel beside it (as a pinned window, since only a click can open Chrome's
 * own side panel; the toolbar button's popup has "open side panel" too).
 * With no display it runs headless and writes screenshots to artifacts/demo/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CLIENTS } from '../demo-crm/clients.mjs';
import { startCrm } from '../demo-crm/server.mjs';
import { buildExtension, ROOT } from './lib/build.mjs';
import { extensionWorker, launch, waitForContentScriptRegistration } from './lib/chromium.mjs';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const locale = process.env.PACER_LOCALE ?? 'zh-CN';

console.log('pacer: building the extension…');
const extensionDir = buildExtension();
const crm = /** @type {{ url: string, close: () => Promise<void> }} */ (
  await startCrm({ port: Number(process.env.PORT ?? 8808) }).catch(() => startCrm({ port: 0 }))
);
const client = CLIENTS[0];
if (!client) throw new Error('no demo clients');
const clientUrl = `${crm.url}/crm/client?cust=${client.clientNo}`;
console.log(`pacer: demo CRM on ${crm.url}/`);

if (!hasDisplay)
  console.log('pacer: no display found (DISPLAY is not set), so Chromium runs headless and the demo writes screenshots instead.');

const { context } = await launch({
  extensionDir,
  headless: !hasDisplay,
  locale,
  viewport: hasDisplay ? null : { width: 1280, height: 800 },
});
const { worker, extensionId } = await extensionWorker(context);
await waitForContentScriptRegistration(worker);

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(clientUrl);
const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, clientUrl);
const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`;

if (hasDisplay) {
  // The CRM window on the right, the Pacer panel in its own window on the left, as an RM would arrange them.
  await worker.evaluate(async (url) => {
    const main = await chrome.windows.getLastFocused();
    if (main.id !== undefined) await chrome.windows.update(main.id, { left: 410, top: 0, width: 1180, height: 860, state: 'normal' });
    await chrome.windows.create({ url, type: 'popup', width: 400, height: 860, left: 0, top: 0 });
  }, panelUrl);
  console.log(`pacer: Chromium is open on ${clientUrl} with the Pacer panel beside it. Close the browser to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
} else {
  const outDir = join(ROOT, 'artifacts', 'demo');
  await mkdir(outDir, { recursive: true });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.goto(panelUrl);
  await panel.getByTestId('client-id').waitFor({ timeout: 10_000 });
  const crmShot = join(outDir, 'crm-client-screen.png');
  const panelShot = join(outDir, 'side-panel.png');
  await page.screenshot({ path: crmShot });
  await panel.screenshot({ path: panelShot });
  console.log(`pacer: the panel reads client ${await panel.getByTestId('client-id').textContent()} from ${clientUrl}`);
  console.log(`pacer: screenshots written:\n  ${crmShot}\n  ${panelShot}`);
  await context.close();
}
await crm.close();
