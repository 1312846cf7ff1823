/**
 * A database that cannot be opened: the card and the book say so, with what to do, instead of "loading" for ever,
 * and the page's notice says the same. The platform side is replaced (happy-dom cannot make IndexedDB refuse to open).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localePreference } from '@/components/shared/i18n';

const unavailable = () =>
  Promise.reject(Object.assign(new Error('UnknownError: Internal error opening backing store'), { name: 'OpenFailedError' }));
vi.mock('@/platform/database', () => ({
  data: new Proxy({}, { get: () => unavailable }),
  live: () => ({
    subscribe: (o: { error: (e: unknown) => void }) => {
      void unavailable().catch(o.error);
      return { unsubscribe: () => undefined };
    },
  }),
  databaseStatus: async () => 'unavailable',
}));
vi.mock('@/platform/book-database', () => ({ bookData: new Proxy({}, { get: () => unavailable }) }));
vi.mock('@/platform/figures', () => ({ amountIndicators: async () => [] }));

const { ClientCard } = await import('@/components/card/ClientCard');
const { DatabaseNotice } = await import('@/components/shared/DatabaseNotice');
const { BookApp } = await import('@/components/book/BookApp');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('an unopenable database', () => {
  it.each([
    ['zh-CN', '无法打开 Pacer 的本地数据库'],
    ['en', 'Pacer’s local database could not be opened'],
  ] as const)('%s: the card and the page say so, and what to do', async (locale, text) => {
    localePreference.value = locale;
    root = document.createElement('div');
    document.body.append(root);
    render(
      <>
        <DatabaseNotice />
        <ClientCard client={{ origin: 'http://127.0.0.1:8808', clientId: '8800000001' }} via="客户号" />
      </>,
      root,
    );
    await vi.waitFor(() => expect(root.querySelector('[data-testid="card-unavailable"]')?.textContent).toContain(text));
    expect(root.querySelector('[data-testid="database-notice"]')?.textContent).toContain(text);
    expect(root.querySelector('[data-testid="client-card"]')?.textContent).not.toContain(locale === 'en' ? 'Loading' : '加载中');
  });
});

describe('the book over an unopenable database', () => {
  it.each([
    ['zh-CN', '无法打开 Pacer 的本地数据库'],
    ['en', 'Pacer’s local database could not be opened'],
  ] as const)('%s: says so, and is not left loading', async (locale, text) => {
    localePreference.value = locale;
    root = document.createElement('div');
    document.body.append(root);
    render(<BookApp today="2026-11-18" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="book-unavailable"]')?.textContent).toContain(text));
    expect(root.querySelector('[data-testid="book"]')?.getAttribute('data-state')).toBe('unavailable');
    expect(root.querySelector('[data-testid="book-loading"]')).toBeNull();
  });
});
