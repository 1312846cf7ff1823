/**
 * A message for the RM, kept as its key and values rather than as text: the page words it in whatever language
 * it is in when it shows it, and a test can read it in both.
 */
import { type Locale, type MessageKey, type Params, translate } from './index';

export interface Said {
  key: MessageKey;
  params?: Params;
}

export const said = (key: MessageKey, params?: Params): Said => (params ? { key, params } : { key });

export function sayIn(locale: Locale, message: Said): string {
  return translate(locale, message.key, message.params);
}
