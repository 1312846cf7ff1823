import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * A text field that saves when the RM leaves it (or presses Enter) and keeps what they are typing meanwhile.
 * A plain `value={stored}` field would be reset by Preact whenever the card re-renders from another field's
 * save — typing "next step" right after changing the stage lost the text.
 */
export function DraftText(props: {
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  class?: string;
  testId: string;
  maxLength?: number;
  rows?: number;
  inputMode?: 'text' | 'numeric' | 'decimal';
  type?: 'text' | 'number';
  min?: number;
  max?: number;
}) {
  const draft = useSignal(props.value);
  const editing = useSignal(false);
  useEffect(() => {
    if (!editing.value) draft.value = props.value;
  }, [props.value]);

  const commit = () => {
    editing.value = false;
    if (draft.value !== props.value) props.onCommit(draft.value);
  };
  const common = {
    class: props.class ?? 'input',
    'data-testid': props.testId,
    maxLength: props.maxLength,
    value: draft.value,
    onFocus: () => (editing.value = true),
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      editing.value = true;
      draft.value = e.currentTarget.value;
    },
    onBlur: commit,
  };
  return props.multiline ? (
    <textarea {...common} rows={props.rows ?? 2} />
  ) : (
    <input
      {...common}
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      min={props.min}
      max={props.max}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}
