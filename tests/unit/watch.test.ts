import { afterEach, describe, expect, it } from 'vitest';
import type { SiteRule } from '@/lib/client-id/rule-types';
import { watchClientId } from '@/lib/client-id/watch';

type Seen = { id: string | null; loading: boolean; url: string };

function start(staleMs = 200, rules: () => readonly SiteRule[] = () => []) {
  const seen: Seen[] = [];
  const ctl = new AbortController();
  watchClientId(document, {
    signal: ctl.signal,
    settleMs: 5,
    staleMs,
    rules,
    onChange: (r, url, loading) => seen.push({ id: r?.clientId ?? null, loading, url }),
  });
  return { seen, stop: () => ctl.abort() };
}

const render = (id: string) => (document.body.innerHTML = `<table><tr><th>客户号</th><td>${id}</td></tr></table>`);
function navigate(path: string) {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

let stop = () => {};
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

describe('watching the screen', () => {
  it('reports a client rendered late, once', async () => {
    const w = start();
    stop = w.stop;
    expect(w.seen.at(-1)?.id).toBeNull();
    render('8800000001');
    await until(() => w.seen.at(-1)?.id === '8800000001');
    document.body.append(document.createElement('p')); // a change that does not change the client
    await new Promise((r) => setTimeout(r, 30));
    expect(w.seen.filter((s) => s.id === '8800000001')).toHaveLength(1);
  });

  it('after a navigation, the old client still on screen is "loading", then the new client is reported', async () => {
    render('8800000001');
    const w = start();
    stop = w.stop;
    navigate('/client/2');
    await until(() => w.seen.at(-1)?.loading === true);
    render('8800000002');
    await until(() => w.seen.at(-1)?.id === '8800000002');
    expect(w.seen.map((s) => (s.loading ? 'loading' : s.id))).toEqual(['8800000001', 'loading', '8800000002']);
  });

  it('the same client re-rendered after a navigation is reported at once', async () => {
    render('8800000001');
    const w = start(10_000);
    stop = w.stop;
    navigate('/client/1/accounts');
    await until(() => w.seen.at(-1)?.loading === true);
    render('8800000001'); // new nodes, same client
    await until(() => w.seen.at(-1)?.id === '8800000001' && !w.seen.at(-1)?.loading);
  });

  it('a screen left unchanged after a navigation is believed after the stale delay', async () => {
    render('8800000001');
    const w = start(60);
    stop = w.stop;
    navigate('/client/1#notes');
    await until(() => w.seen.at(-1)?.loading === true);
    await until(() => w.seen.at(-1)?.id === '8800000001' && !w.seen.at(-1)?.loading);
  });

  it('finds a client inside a shadow root added after the first read, and drops it when removed', async () => {
    document.body.innerHTML = '<p>loading</p>';
    const w = start();
    stop = w.stop;
    const host = document.createElement('x-card');
    host.attachShadow({ mode: 'open' }).innerHTML = '<dl><dt>客户号</dt><dd>8800000009</dd></dl>';
    document.body.append(host);
    await until(() => w.seen.at(-1)?.id === '8800000009');
    host.remove();
    await until(() => w.seen.at(-1)?.id === null);
  });

  it('stops when aborted', async () => {
    const w = start();
    w.stop();
    render('8800000003');
    await new Promise((r) => setTimeout(r, 30));
    expect(w.seen.map((s) => s.id)).toEqual([null]);
  });

  it('a read that throws says "no client", never the previous one, and the next change is read again', async () => {
    render('8800000001');
    let fail = false;
    const w = start(200, () => {
      if (fail) throw new Error('a hostile page');
      return [];
    });
    stop = w.stop;
    expect(w.seen.at(-1)?.id).toBe('8800000001');
    fail = true;
    render('8800000002');
    await until(() => w.seen.length === 2);
    expect(w.seen.at(-1)).toMatchObject({ id: null, loading: false });
    fail = false;
    render('8800000003');
    await until(() => w.seen.at(-1)?.id === '8800000003');
  });

  it('keeps reading after the page shows an element of another namespace where a table cell is expected', async () => {
    render('8800000001');
    const w = start();
    stop = w.stop;
    expect(w.seen.at(-1)?.id).toBe('8800000001');
    // An SVG "table" with HTML header cells in it: no rows, no cell index.
    const svgTable = document.createElementNS('http://www.w3.org/2000/svg', 'table');
    const row = svgTable.appendChild(document.createElement('tr'));
    row.append(
      Object.assign(document.createElement('th'), { textContent: '客户号' }),
      Object.assign(document.createElement('th'), { textContent: '姓名' }),
    );
    document.body.append(svgTable);
    document.querySelector('td')!.textContent = '8800000002';
    await until(() => w.seen.at(-1)?.id === '8800000002');
    document.querySelector('td')!.textContent = '8800000004';
    await until(() => w.seen.at(-1)?.id === '8800000004');
  });
});
