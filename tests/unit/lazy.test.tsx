/** lazyComponent: a part of a page whose code loads when first shown, and says so when it cannot load. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localePreference } from '@/components/shared/i18n';
import { lazyComponent } from '@/components/shared/lazy';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(node: preact.ComponentChildren) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
}

describe('lazyComponent', () => {
  it('loads once, then renders the loaded component with its props', async () => {
    const load = vi.fn(async () => (props: { name: string }) => <p data-testid="loaded">{props.name}</p>);
    const Lazy = lazyComponent(load);
    mount(
      <>
        <Lazy name="王建国" />
        <Lazy name="李四" />
      </>,
    );
    expect(root.textContent).toBe('');
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="loaded"]').length).toBe(2));
    expect([...root.querySelectorAll('[data-testid="loaded"]')].map((p) => p.textContent)).toEqual(['王建国', '李四']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['zh-CN', '此部分未能加载'],
    ['en', 'This part could not be loaded'],
  ] as const)('%s: a chunk that cannot load says what to do instead of leaving a gap', async (locale, text) => {
    localePreference.value = locale;
    const Lazy = lazyComponent<object>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    mount(<Lazy />);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain(text));
  });
});
