/**
 * The amount indicators a deal can count toward: the bank's or RM's configured list (pacing settings and
 * policy), so a bank-specific indicator set up for targets is also offered on a deal. Loaded once per page.
 */
import { signal } from '@preact/signals';
import { locale } from '@/components/shared/i18n';
import { DEFAULT_INDICATORS, type Indicator } from '@/lib/pacing/targets';
import { amountIndicators } from '@/platform/figures';

export const dealIndicators = signal<readonly Indicator[]>(DEFAULT_INDICATORS.filter((i) => i.kind === 'amount'));

let loading: Promise<void> | null = null;
export function loadDealIndicators(): Promise<void> {
  loading ??= amountIndicators()
    .then((list) => {
      if (list.length) dealIndicators.value = list;
    })
    .catch(() => undefined);
  return loading;
}

/** The indicator's name in the RM's language; an id no longer configured shows as itself. */
export function indicatorName(id: string): string {
  const found = dealIndicators.value.find((i) => i.id === id) ?? DEFAULT_INDICATORS.find((i) => i.id === id);
  if (!found) return id;
  return locale.value === 'en' ? found.en : found.zh;
}
