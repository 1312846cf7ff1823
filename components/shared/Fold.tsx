import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { updateSettings } from '@/platform/settings';
import { useSettings } from './use-settings';

/**
 * A folded section (`<details>`) whose content is only built while it is open: a known client's card then renders
 * quickly, and the forms inside appear the moment the RM unfolds them. With `remember`, whether the RM keeps it
 * open is kept in the settings and every card starts that way; `forceOpen` opens it for this card regardless (a
 * new client's set-up, a deal just added).
 */
export function Fold(props: {
  title: string;
  initiallyOpen: boolean;
  testId: string;
  remember?: string;
  forceOpen?: boolean;
  children: ComponentChildren;
}) {
  const settings = useSettings();
  const own = useSignal<boolean | null>(null);
  const remembered = props.remember === undefined ? undefined : settings.value.openSections[props.remember];
  // Forced open once, then the RM's own toggles win: a section forced open can still be closed.
  useEffect(() => {
    if (props.forceOpen) own.value = true;
  }, [props.forceOpen]);
  const open = own.value ?? (props.forceOpen || (remembered ?? props.initiallyOpen));
  return (
    <details
      class="section details"
      open={open}
      data-testid={props.testId}
      data-section=""
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return;
        own.value = now;
        const key = props.remember;
        if (key !== undefined)
          void updateSettings((s) => ({ ...s, openSections: { ...s.openSections, [key]: now } })).catch(() => undefined);
      }}
    >
      <summary>
        <h3>{props.title}</h3>
      </summary>
      {open && props.children}
    </details>
  );
}
