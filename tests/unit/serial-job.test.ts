/** The registration queue's discipline (lib/serial-job.ts): one run at a time, re-run when asked, retried on error. */
import { describe, expect, it } from 'vitest';
import { serialJob } from '@/lib/serial-job';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A job whose runs end when the test says, recording what each run was asked. */
function controlled() {
  const runs: string[][] = [];
  const ends: ((fail?: boolean) => void)[] = [];
  let active = 0;
  let maxActive = 0;
  const job = (arg: string[]) =>
    new Promise<void>((resolve, reject) => {
      runs.push(arg);
      active++;
      maxActive = Math.max(maxActive, active);
      ends.push((fail) => {
        active--;
        if (fail) reject(new Error('Chrome said no'));
        else resolve();
      });
    });
  return { runs, ends, job, maxActive: () => maxActive };
}

const merge = (a: string[], b: string[]) => [...a, ...b];

describe('serialJob', () => {
  it('runs one at a time: requests made during a run are served together by one more run', async () => {
    const c = controlled();
    const q = serialJob(c.job, { merge });
    const first = q.request(['install']);
    await tick();
    const rest = [q.request(['startup']), q.request(['permission']), q.request(['policy'])];
    await tick();
    expect(c.runs).toEqual([['install']]);
    c.ends[0]!();
    await tick();
    expect(await first).toBe(true);
    expect(c.runs).toEqual([['install'], ['startup', 'permission', 'policy']]);
    c.ends[1]!();
    expect(await Promise.all(rest)).toEqual([true, true, true]);
    expect(c.maxActive()).toBe(1);
    expect(q.busy()).toBe(false);
  });

  it('a request resolves only after a run that started after it: one asked mid-run waits for the re-run', async () => {
    const c = controlled();
    const q = serialJob(c.job, { merge });
    void q.request(['a']);
    await tick();
    let lateDone = false;
    const late = q.request(['b']).then((ok) => {
      lateDone = true;
      return ok;
    });
    c.ends[0]!();
    await tick();
    await tick();
    expect(lateDone).toBe(false);
    c.ends[1]!();
    expect(await late).toBe(true);
  });

  it('retries a failed run after pauses that double, and says whether it succeeded in the end', async () => {
    const pauses: number[] = [];
    let failures = 2;
    const q = serialJob(
      async () => {
        if (failures-- > 0) throw new Error('Duplicate script ID');
      },
      { merge, retryMs: 50, sleep: async (ms) => void pauses.push(ms) },
    );
    expect(await q.request([])).toBe(true);
    expect(pauses).toEqual([50, 100]);

    const never = serialJob(
      async () => {
        throw new Error('always');
      },
      { merge, retries: 3, retryMs: 10, sleep: async (ms) => void pauses.push(ms) },
    );
    pauses.length = 0;
    expect(await never.request([])).toBe(false);
    expect(pauses).toEqual([10, 20, 40]);
    // A failure does not jam the queue: the next request runs again.
    expect(await never.request([])).toBe(false);
    expect(never.busy()).toBe(false);
  });

  it('a run that fails while a newer request waits is not retried: the next run starts afresh and answers both', async () => {
    const c = controlled();
    const q = serialJob(c.job, { merge, sleep: async () => undefined });
    const old = q.request(['old']);
    await tick();
    const fresh = q.request(['fresh']);
    c.ends[0]!(true);
    await tick();
    expect(c.runs).toEqual([['old'], ['old', 'fresh']]);
    c.ends[1]!();
    expect(await Promise.all([old, fresh])).toEqual([true, true]);
  });
});
