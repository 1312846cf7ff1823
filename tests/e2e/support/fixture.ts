/**
 * The e2e test API. `pacer` is one Pacer (`startPacer`) per test file: started the first time the file asks for
 * it (in a test, whose timeout then covers the start, or a `test.beforeAll`) and closed after the file's last
 * test, so a file's tests share one browser and no two files do. Its locale is an option of the file, set at
 * the top level with `test.override`: vitest refuses to override a file's fixture inside a `describe`, so a
 * second locale is a second file. A test that a profile other tests wrote to would spoil asks for `freshPacer`
 * instead: a browser of its own, for that test only.
 */
import { test as base } from 'vitest';
import { startPacer } from './pacer';

export { describe, expect } from 'vitest';
export type { Pacer } from './pacer';

export const test = base
  .extend('locale', { scope: 'file' }, 'zh-CN')
  .extend('pacer', { scope: 'file' }, async ({ locale }, { onCleanup }) => {
    const pacer = await startPacer({ locale });
    onCleanup(() => pacer.close());
    return pacer;
  })
  .extend('freshPacer', async ({ locale }, { onCleanup }) => {
    const pacer = await startPacer({ locale });
    onCleanup(() => pacer.close());
    return pacer;
  });
