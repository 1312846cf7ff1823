// @ts-check
/**
 * Pacer's share of a page's script time, from a V8 CPU profile of the page's thread: host-cpu-share in
 * tests/bench/client-id.bench.mjs, and scripts/compare-host-cpu.mjs, which sets two builds side by side.
 */

/** @typedef {{ id: number, callFrame: { functionName: string, url: string }, children?: number[] }} ProfileNode */
/** @typedef {{ nodes: ProfileNode[], samples?: number[], timeDeltas?: number[] }} Profile */

/**
 * A V8 CPU profile of the page's thread while `work` runs (100 µs sampling).
 * @param {import('playwright-core').BrowserContext} context @param {import('playwright-core').Page} page
 * @param {() => Promise<void>} work
 */
export async function cpuProfile(context, page, work) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await cdp.send('Profiler.start');
    await work();
    return (await cdp.send('Profiler.stop')).profile;
  } finally {
    await cdp.detach();
  }
}

/** The sampling interval asked for, in µs, and the longest gap between two samples that is counted as work. */
const SAMPLE_US = 100;
const MAX_GAP_US = 10 * SAMPLE_US;

const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Script time in a profile, and the part of it in scripts whose URL starts with `own`: each sample is charged to
 * the nearest frame up its stack that has a URL (a built-in such as querySelectorAll is charged to its caller).
 * `slices` counts runs of consecutive samples of own code: Pacer's separate bursts of work.
 * @param {Profile} profile @param {string} own
 */
export function attribute(profile, own) {
  /** @type {Map<number, ProfileNode>} */
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<number, string | null>} the URL a node's samples are charged to; null: not script */
  const charged = new Map();
  const urlOf = (/** @type {number} */ id) => {
    const known = charged.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    let url = null;
    if (node && !NOT_SCRIPT.has(node.callFrame.functionName)) {
      // Walk up to a frame with a URL; a stack of built-ins only is the page's (its event loop, its parser).
      for (let at = /** @type {number | undefined} */ (id), depth = 0; at !== undefined && depth < 500; at = parent.get(at), depth++) {
        const u = nodes.get(at)?.callFrame.url;
        if (u) {
          url = u;
          break;
        }
      }
      url ??= '(page)';
    }
    charged.set(id, url);
    return url;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let scriptMs = 0;
  let ownMs = 0;
  let slices = 0;
  let inOwn = false;
  /** @type {Map<string, number>} */
  const byUrl = new Map();
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one (the last sample gets the gap before it), at most MAX_GAP_US: a
    // longer gap is the thread not running at all (this VM's other processes took the CPU), which charged one random
    // function (once a single toHalfWidth call 7.8 ms, a third of Pacer's figure) with the machine's noise.
    const ms = Math.min(deltas[i + 1] ?? deltas[i] ?? 0, MAX_GAP_US) / 1000;
    const url = urlOf(samples[i] ?? -1);
    const mine = url?.startsWith(own) === true;
    if (url !== null) {
      scriptMs += ms;
      const key = mine ? url.slice(own.length - 1) : url.startsWith('http') ? new URL(url).pathname : url;
      byUrl.set(key, (byUrl.get(key) ?? 0) + ms);
    }
    if (mine) {
      ownMs += ms;
      if (!inOwn) slices++;
    }
    inOwn = mine;
  }
  const top = [...byUrl]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([u, ms]) => `${u} ${ms.toFixed(1)} ms`)
    .join(', ');
  return { scriptMs, ownMs, slices, byUrl: top };
}

/**
 * The standard host workload: the page's load (Pacer's first read of it), then six bursts of 40 tasks of DOM changes
 * with quiet moments between (Pacer's later reads). `url`: demo-crm's fixtures/bench-legacy.html.
 * @param {import('playwright-core').Page} page @param {string} url
 */
export async function hostWorkload(page, url) {
  await page.goto(url);
  await page.waitForTimeout(300);
  for (let burst = 0; burst < 6; burst++) {
    await page.evaluate(() => /** @type {any} */ (window).hostWork(40));
    await page.waitForTimeout(250);
  }
}
