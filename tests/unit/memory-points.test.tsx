/**
 * Memory points: what the RM typed is never lost. A full list (50) says so and keeps the text instead of failing
 * as a "database could not be written"; a write that fails keeps the text too. happy-dom.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryPoints } from '@/components/card/MemoryPoints';
import { localePreference } from '@/components/shared/i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
function mount(points: string[], onAdd: (text: string) => Promise<boolean>) {
  localePreference.value = 'zh-CN';
  root = document.createElement('div');
  document.body.append(root);
  render(<MemoryPoints points={points} onAdd={onAdd} onRemove={() => undefined} />, root);
  const input = root.querySelector('[data-testid="memory-input"]') as HTMLInputElement;
  const type = (text: string) => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const submit = () => root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  return { input, type, submit };
}

describe('memory points', () => {
  it('a full list says so, and keeps what was typed', async () => {
    const onAdd = vi.fn(async () => true);
    const { input, type, submit } = mount(
      Array.from({ length: 50 }, (_, i) => `记忆点 ${i}`),
      onAdd,
    );
    type('女儿学钢琴');
    submit();
    await new Promise((r) => setTimeout(r, 10));
    expect(onAdd).not.toHaveBeenCalled();
    expect(input.value).toBe('女儿学钢琴');
    expect(root.querySelector('[data-testid="memory-full"]')?.textContent).toBe('已记满 50 个记忆点：删去一个不再需要的，才能再添加。');
    expect((root.querySelector('[data-testid="memory-add"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('a failed write keeps the text; a stored one clears it', async () => {
    let stored = false;
    const { input, type, submit } = mount(['喝普洱'], async () => stored);
    type('周末钓鱼');
    submit();
    await new Promise((r) => setTimeout(r, 10));
    expect(input.value).toBe('周末钓鱼');
    stored = true;
    submit();
    await new Promise((r) => setTimeout(r, 10));
    expect(input.value).toBe('');
  });
});
