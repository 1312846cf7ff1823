import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';

/**
 * A folded section (`<details>`) whose content is only built while it is open: a known client's card
 * then renders quickly, and the forms inside appear the moment the RM unfolds them.
 */
export function Fold(props: { title: string; initiallyOpen: boolean; testId: string; children: ComponentChildren }) {
  const open = useSignal(props.initiallyOpen);
  return (
    <details class="section details" open={open.value} data-testid={props.testId} onToggle={(e) => (open.value = e.currentTarget.open)}>
      <summary>
        <h3>{props.title}</h3>
      </summary>
      {open.value && props.children}
    </details>
  );
}
