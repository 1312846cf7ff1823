/** Everything the client card shows about one client, read in one transaction (one round trip, one consistent view). */
import type { ClientRef } from '../client/key';
import { readClient, recentContactDates, recentContacts } from './clients';
import type { PacerDB } from './database';
import { dealsForClient } from './deals';
import { currentSentiment } from './sentiment';

export async function cardData(db: PacerDB, client: ClientRef) {
  return db.transaction('r', [db.clients, db.sentimentEvents, db.deals, db.contacts], async () => {
    const [record, sentiment, deals, contacts, contactDates] = await Promise.all([
      readClient(db, client),
      currentSentiment(db, client),
      dealsForClient(db, client),
      recentContacts(db, client, 5),
      recentContactDates(db, client),
    ]);
    return { record, sentiment, deals, contacts, contactDates };
  });
}
