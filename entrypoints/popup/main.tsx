import { mountPage } from '@/components/mount';
import { PopupApp } from '@/components/PopupApp';
import { toIsoDate } from '@/lib/dates';
import { pacerDb } from '@/lib/db/database';
import { settleWithin } from '@/lib/settle-within';
import { startPopupReads } from '@/platform/pacing';

// Everything the figures wait for is asked for at once, now: one storage read (settings, cached policy) and the
// database. The first render waits for the storage, and for the figures too unless the database is slow.
const FIGURES_WAIT_MS = 100;
const reads = startPopupReads(pacerDb(), toIsoDate(new Date()));
void Promise.all([reads.policy, settleWithin(reads.inputs, FIGURES_WAIT_MS)]).then(([policy, inputs]) =>
  mountPage(document.getElementById('app')!, () => <PopupApp initialPolicy={policy} initialInputs={inputs} />, reads.settings),
);
