/**
 * Once per end-to-end run: build the extension (CRM origins preset to 127.0.0.1, as a bank's IT would) and
 * start the demo CRM on a free loopback port. Each test file then launches its own fresh Chromium profile.
 */
import type { TestProject } from 'vitest/node';
import { startCrm } from '../../demo-crm/server.mjs';
import { buildExtension, EXTENSION_DIR } from '../../scripts/lib/build.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    crmUrl: string;
    extensionDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.PACER_SKIP_BUILD !== '1') buildExtension();
  const crm = (await startCrm({ port: 0 })) as { url: string; close: () => Promise<void> };
  project.provide('crmUrl', crm.url);
  project.provide('extensionDir', EXTENSION_DIR);
  return async () => {
    await crm.close();
  };
}
