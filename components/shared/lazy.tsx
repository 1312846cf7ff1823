import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import { ErrorBanner } from './ErrorBanner';
import { t } from './i18n';

/**
 * A component whose code loads only when it is first rendered: what a page does not show at once stays out of the
 * files it loads before its first frame. The chunk loads once per page; if it cannot (the extension was updated
 * under an open page and the old chunk is gone), the RM is told to reload rather than shown a silent gap.
 */
export function lazyComponent<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  const loaded = signal<FunctionComponent<P> | null>(null);
  const failed = signal(false);
  let started = false;
  return function Lazy(props: P) {
    useEffect(() => {
      if (started) return;
      started = true;
      load().then(
        (c) => (loaded.value = c),
        () => (failed.value = true),
      );
    }, []);
    const Loaded = loaded.value;
    if (failed.value) return <ErrorBanner message={t('common.partNotLoaded')} />;
    return Loaded ? <Loaded {...props} /> : null;
  };
}
