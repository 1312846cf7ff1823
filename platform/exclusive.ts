/** Running a read-change-write of one stored value alone, across every Pacer page and the worker. */

const queues = new Map<string, Promise<unknown>>();

/** Runs `job` under the Web Lock `name`, or, where there are no Web Locks, in turn within this context. */
export function exclusively<T>(name: string, job: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return locks.request(name, job) as Promise<T>;
  const run = (queues.get(name) ?? Promise.resolve()).then(job, job);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
