/**
 * zod's issues worded in the RM's language: zod's own wording for its checks (its zh-CN and en locales), and our
 * catalog's for a check of ours that names its message key in its params (`{ params: { messageKey } }`). Kept apart
 * from the schemas: only the pages that word errors load the locales.
 */
import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { type Locale, type MessageKey, type Params, translate } from './index';

export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const words = (locale === 'en' ? en : zhCN)().localeError;
  return (issue) => {
    const ours = issue.code === 'custom' ? (issue.params as { messageKey?: MessageKey; values?: Params } | undefined) : undefined;
    return ours?.messageKey ? translate(locale, ours.messageKey, ours.values) : words(issue);
  };
}
