import { afterEach, describe, expect, it } from 'vitest';
import { NORMALIZED_CLIENT_LABELS } from '@/lib/client-id/labels';
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
    labels: () => NORMALIZED_CLIENT_LABELS,
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

describe('when the watcher reads', () => {
  /** A watcher with short delays, counting its reads (it asks for the rules once per read). */
  function counted(opts: { auditMs?: number; maxWaitMs?: number } = {}) {
    const seen: (string | null)[] = [];
    let reads = 0;
    const ctl = new AbortController();
    watchClientId(document, {
      signal: ctl.signal,
      settleMs: 5,
      quietMs: 40,
      auditMs: opts.auditMs ?? 300,
      maxWaitMs: opts.maxWaitMs ?? 2000,
      labels: () => NORMALIZED_CLIENT_LABELS,
      rules: () => {
        reads++;
        return [];
      },
      onChange: (r) => seen.push(r?.clientId ?? null),
    });
    stop = () => ctl.abort();
    return { seen, reads: () => reads };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const para = (text: string) => document.body.appendChild(Object.assign(document.createElement('p'), { textContent: text }));

  it('reads a burst of changes once, when the page has gone quiet', async () => {
    document.body.innerHTML = '<p>加载中</p>';
    const w = counted();
    expect(w.reads()).toBe(1);
    // Twenty changes 4 ms apart, the client's card among them: the page never stays quiet for 40 ms.
    for (let i = 0; i < 20; i++) {
      if (i === 10) render('8800000021');
      para(`row ${i}`);
      await sleep(4);
    }
    const duringBurst = w.reads() - 1;
    await until(() => w.seen.at(-1) === '8800000021');
    // A machine stalling for 40 ms mid-burst costs one read more; a read per change or per settle would be many.
    expect(duringBurst).toBeLessThanOrEqual(1);
    expect(w.reads()).toBeLessThanOrEqual(3);
  });

  it('a page that never goes quiet is still read, at most maxWaitMs after its first change', async () => {
    document.body.innerHTML = '<p>加载中</p>';
    const w = counted({ maxWaitMs: 200 });
    let busy = true;
    void (async () => {
      for (let i = 0; busy && i < 400; i++) {
        para(`tick ${i}`);
        await sleep(5);
      }
    })();
    render('8800000022');
    await until(() => w.seen.at(-1) === '8800000022');
    expect(busy).toBe(true); // read while the page was still changing
    busy = false;
  });

  it('with a client on screen, a change where it was read is read at once, a change elsewhere at the next audit', async () => {
    render('8800000023');
    const w = counted({ auditMs: 400 });
    expect(w.seen).toEqual(['8800000023']);
    // Its own cell changes: read as soon as the page is quiet.
    document.querySelector('td')!.textContent = '8800000024';
    await until(() => w.seen.at(-1) === '8800000024');
    const t0 = Date.now();
    // A second client number appears elsewhere: the screen is ambiguous, seen at the audit, not at once.
    const other = document.body.appendChild(document.createElement('div'));
    other.innerHTML = '<dl><dt>客户编号</dt><dd>8800000099</dd></dl>';
    await sleep(150);
    expect(w.seen.at(-1)).toBe('8800000024');
    await until(() => w.seen.at(-1) === null);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
  });

  it('the card replaced without a navigation is read at once, and so is the card hidden', async () => {
    document.body.innerHTML = '<main><section id="card"></section><p>其他</p></main>';
    document.getElementById('card')!.innerHTML = '<table><tr><th>客户号</th><td>8800000025</td></tr></table>';
    const w = counted({ auditMs: 60_000 });
    expect(w.seen).toEqual(['8800000025']);
    document.getElementById('card')!.innerHTML = '<table><tr><th>客户号</th><td>8800000026</td></tr></table>';
    await until(() => w.seen.at(-1) === '8800000026');
    // Hidden by an attribute on an ancestor (happy-dom computes display from the hidden attribute).
    document.getElementById('card')!.setAttribute('style', 'display: none');
    await until(() => w.seen.at(-1) === null);
  });
});
