/**
 * A job that changes one piece of browser state (the content script's registration) from several events that can
 * fire at once: install, start, a permission granted or revoked, the policy arriving or changing. Run concurrently,
 * its steps (read what is registered → unregister → register) interleave, and Chrome's answers end with stale
 * origins or a "duplicate script id" throw. So:
 * - it runs one at a time;
 * - a request made while it runs is served by one more run after this one (several such requests by one run,
 *   their arguments merged), since the state it read may already be out of date;
 * - a run that throws is retried after a pause that doubles each time, up to `retries` times; when a request was
 *   made meanwhile, the old run is not retried: the next run starts afresh, and answers the old run's requests too.
 * `request` resolves once a run that started after it has ended: true if that run succeeded.
 */

export interface SerialJobOptions<A> {
  /** Two requests' arguments as one run sees them. */
  merge: (a: A, b: A) => A;
  /** Retries after a failed run (default 4). */
  retries?: number;
  /** The first pause before a retry, doubled each time (default 100 ms). */
  retryMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SerialJob<A> {
  request(arg: A): Promise<boolean>;
  /** Whether a run is under way or waiting (for tests and diagnostics). */
  busy(): boolean;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function serialJob<A>(job: (arg: A) => Promise<void>, opts: SerialJobOptions<A>): SerialJob<A> {
  const { merge, retries = 4, retryMs = 100, sleep = wait } = opts;
  let running = false;
  /** Requests waiting for the next run, and their merged argument. */
  type Pending = { arg: A; done: ((ok: boolean) => void)[] };
  let next: Pending | null = null;

  /** 'superseded': it failed while a newer request waits, which runs the job afresh (retrying would repeat stale work). */
  async function runOnce(arg: A): Promise<'ok' | 'failed' | 'superseded'> {
    for (let attempt = 0; ; attempt++) {
      try {
        await job(arg);
        return 'ok';
      } catch {
        if (next) return 'superseded';
        if (attempt >= retries) return 'failed';
        await sleep(retryMs * 2 ** attempt);
        if (next) return 'superseded';
      }
    }
  }

  async function drain() {
    running = true;
    try {
      // Bounded by the requests that arrive: each turn takes every request made before it started.
      while (next) {
        const { arg, done } = next;
        next = null;
        const outcome = await runOnce(arg);
        // Requests made while it ran (TypeScript cannot see that the await may have set it).
        const waiting = next as Pending | null;
        // The next run serves the requests of one that was superseded: it started after them.
        if (outcome === 'superseded' && waiting) next = { arg: merge(arg, waiting.arg), done: [...done, ...waiting.done] };
        else for (const d of done) d(outcome === 'ok');
      }
    } finally {
      running = false;
    }
  }

  return {
    request(arg) {
      return new Promise<boolean>((resolve) => {
        next = next ? { arg: merge(next.arg, arg), done: [...next.done, resolve] } : { arg, done: [resolve] };
        if (!running) void drain();
      });
    },
    busy: () => running || next !== null,
  };
}
