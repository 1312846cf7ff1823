/** Client records, the contact log and the script tables against fake-indexeddb. */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addContact, lastUsedIndicator, readClient, recentContacts, updateClient } from '@/lib/db/clients';
import { PacerDB } from '@/lib/db/database';
import { addDeal, updateDeal } from '@/lib/db/deals';
import { recordScriptOutcome, restoreBuiltins, saveScriptEdit, scriptEdits, scriptUsage, setScriptHidden } from '@/lib/db/scripts';
import { newDeal } from '@/lib/pipeline';

const origin = 'http://127.0.0.1:8808';
const client = { origin, clientId: '8800000001' };
const names: string[] = [];
function fresh() {
  const name = `pacer-clients-${Math.random()}`;
  names.push(name);
  return new PacerDB(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('client records', () => {
  it('reading an unknown client stores nothing; the first write creates the record', async () => {
    const db = fresh();
    expect(await readClient(db, client)).toBeNull();
    expect(await db.clients.count()).toBe(0);
    await updateClient(db, client, (c) => ({ ...c, familiarity: { ...c.familiarity, signals: ['holdsFewProducts'] } }), 10);
    await updateClient(db, client, (c) => ({ ...c, rung: 4 }), 20);
    expect(await readClient(db, client)).toMatchObject({
      familiarity: { signals: ['holdsFewProducts'], override: null },
      rung: 4,
      createdAt: 10,
      updatedAt: 20,
    });
    expect(await readClient(db, { origin: 'http://other.example', clientId: '8800000001' })).toBeNull();
    db.close();
  });

  it('refuses an invalid record and keeps the old one', async () => {
    const db = fresh();
    await updateClient(db, client, (c) => ({ ...c, rung: 4 }), 10);
    await expect(updateClient(db, client, (c) => ({ ...c, rung: 13 }), 20)).rejects.toThrow();
    expect((await readClient(db, client))?.rung).toBe(4);
    db.close();
  });

  it('lists the newest contacts first, only for this client', async () => {
    const db = fresh();
    for (const [date, id] of [
      ['2026-11-01', '8800000001'],
      ['2026-11-20', '8800000001'],
      ['2026-11-10', '8800000001'],
      ['2026-11-21', '8800000002'],
    ] as const)
      await addContact(db, { origin, clientId: id, date, channel: 'phone', purpose: 'routine', note: date, nextFollowUp: null, at: 1 });
    expect((await recentContacts(db, client, 2)).map((c) => c.date)).toEqual(['2026-11-20', '2026-11-10']);
    db.close();
  });

  it('the last used indicator is that of the most recently touched deal', async () => {
    const db = fresh();
    expect(await lastUsedIndicator(db)).toBeNull();
    await addDeal(db, newDeal({ id: 'a', origin, clientId: '1', today: '2026-11-23', now: 1, indicator: 'deposit' }));
    await addDeal(db, newDeal({ id: 'b', origin, clientId: '2', today: '2026-11-23', now: 2, indicator: 'investment' }));
    expect(await lastUsedIndicator(db)).toBe('investment');
    await updateDeal(db, 'a', { indicator: 'insurance' }, 3);
    expect(await lastUsedIndicator(db)).toBe('insurance');
    db.close();
  });
});

describe('scripts', () => {
  it('counts used / helped / did not help', async () => {
    const db = fresh();
    await recordScriptOutcome(db, 's1', 'used', 1, 'mid:resistant:safety');
    await recordScriptOutcome(db, 's1', 'helped', 2, 'mid:resistant:safety');
    await recordScriptOutcome(db, 's1', 'used', 3, 'high:positive');
    await recordScriptOutcome(db, 's1', 'notHelped', 4, 'high:positive');
    await recordScriptOutcome(db, 's1', 'helped', 5, null);
    expect((await scriptUsage(db)).get('s1')).toEqual({
      scriptId: 's1',
      used: 2,
      helped: 2,
      notHelped: 1,
      lastUsedAt: 5,
      cells: {
        'mid:resistant:safety': { used: 1, helped: 1, notHelped: 0 },
        'high:positive': { used: 1, helped: 0, notHelped: 1 },
      },
    });
    db.close();
  });

  it('hides built-ins, keeps own scripts when built-ins are restored', async () => {
    const db = fresh();
    await setScriptHidden(db, 'res-scale-insurance', true, true, 1);
    await saveScriptEdit(db, {
      id: 'meet-confirm',
      kind: 'override',
      title: null,
      body: '明天见',
      tags: null,
      hidden: false,
      updatedAt: 2,
    });
    await saveScriptEdit(db, {
      id: 'own-1',
      kind: 'own',
      title: 'x',
      body: 'y',
      tags: { technique: 'trust' },
      hidden: false,
      updatedAt: 3,
    });
    expect((await scriptEdits(db)).map((e) => e.id).sort()).toEqual(['meet-confirm', 'own-1', 'res-scale-insurance']);
    expect(await restoreBuiltins(db)).toBe(2);
    expect((await scriptEdits(db)).map((e) => e.id)).toEqual(['own-1']);
    db.close();
  });
});
