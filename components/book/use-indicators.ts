/** The configured indicators (the RM's, or the bank's policy list when set), read once for the page. */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Indicator } from '@/lib/pacing/targets';
import { amountIndicators } from '@/platform/figures';

export function useAmountIndicators() {
  const indicators = useSignal<Indicator[]>([]);
  useEffect(() => {
    void amountIndicators()
      .then((list) => (indicators.value = list))
      .catch(() => undefined);
  }, []);
  return indicators;
}
