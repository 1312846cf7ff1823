import type { Signal } from '@preact/signals';
import type { JSX } from 'preact';

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'data-testid'>;

/** A text (or date, or number) input bound to a signal: the signal is what the RM has typed so far. */
export function BoundInput(props: InputProps & { bind: Signal<string>; testId?: string }) {
  const { bind, testId, class: className, ...rest } = props;
  return (
    <input
      class={className ?? 'input'}
      {...rest}
      data-testid={testId}
      value={bind.value}
      onInput={(e) => (bind.value = e.currentTarget.value)}
    />
  );
}
