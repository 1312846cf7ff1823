/** Messages kept as their key and values (lib/i18n/said.ts), worded in the page's language when shown. */
import type { MessageKey } from '@/lib/i18n';
import type { Said } from '@/lib/i18n/said';
import { t } from './i18n';

const TABLE_KEYS = new Set<string>([
  'clients',
  'contacts',
  'deals',
  'sentimentEvents',
  'scriptEdits',
  'scriptUsage',
  'targets',
  'achievements',
  'dayOverrides',
  'pacingConfig',
  'settings',
]);

/** A table as the RM calls it (a table a later version adds shows its own name). */
export function tableLabel(name: string): string {
  return TABLE_KEYS.has(name) ? t(`data.table.${name}` as MessageKey) : name;
}

/** A problem or warning in the page's language, with the table it is about named as the RM knows it. */
export function say(message: Said): string {
  const table = message.params?.table;
  return t(message.key, typeof table === 'string' ? { ...message.params, table: tableLabel(table) } : message.params);
}
