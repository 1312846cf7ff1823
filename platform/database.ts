/**
 * This context's Pacer database, and the operations on it that pages call (components never open it themselves).
 * Each write that changes what today's figures come from is followed, once committed, by a recomputation in the
 * background (badge and the popup's first frame): the database layer does it, so no writer can forget it.
 */
import { liveQuery } from 'dexie';
import * as card from '@/lib/db/card';
import * as clients from '@/lib/db/clients';
import { PacerDB } from '@/lib/db/database';
import * as deals from '@/lib/db/deals';
import * as pacing from '@/lib/db/pacing';
import * as scripts from '@/lib/db/scripts';
import * as sentiment from '@/lib/db/sentiment';
import { send } from './messaging';

let shared: PacerDB | null = null;
let figuresChanged = (): void => void send({ type: 'figures-changed' }).catch(() => undefined);

/** The background handles its own writes itself: a worker's message never reaches its own listener. */
export function onFiguresChanged(handler: () => void): void {
  figuresChanged = handler;
}

export function pacerDb(): PacerDB {
  shared ??= new PacerDB(undefined, undefined, {
    onCommit: (tables) => {
      if ([...tables].some((t) => pacing.FIGURES_TABLES.has(t))) figuresChanged();
    },
  });
  return shared;
}

export type Bound<M> = {
  [K in keyof M as M[K] extends (db: PacerDB, ...args: never[]) => unknown ? K : never]: M[K] extends (
    db: PacerDB,
    ...args: infer A
  ) => infer R
    ? (...args: A) => R
    : never;
};

/** A module of lib/db's functions, each taking this context's database as its first argument. */
export function bound<M extends object>(module: M): Bound<M> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') out[name] = (...args: unknown[]) => value(pacerDb(), ...args);
  }
  return out as Bound<M>;
}

/** Every read and write of lib/db on this context's database: `data.addDeal(deal)`. */
export const data = {
  ...bound(card),
  ...bound(clients),
  ...bound(deals),
  ...bound(pacing),
  ...bound(scripts),
  ...bound(sentiment),
};

export type DatabaseStatus = 'ready' | 'newer' | 'unavailable';

/** Whether this context's database opens, and whether a newer Pacer wrote it (then it is read-only). */
export async function databaseStatus(): Promise<DatabaseStatus> {
  try {
    const db = pacerDb();
    await db.open();
    return db.isNewer ? 'newer' : 'ready';
  } catch {
    return 'unavailable';
  }
}

/** A query re-run whenever any context of the extension writes the tables it read (Dexie's liveQuery). */
export function live<T>(query: () => Promise<T>) {
  return liveQuery(query);
}
