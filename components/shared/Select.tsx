import type { JSX } from 'preact';
import { Field } from './Field';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface SelectProps<T extends string> {
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  testId?: string;
  disabled?: boolean;
  /** When the select has no visible label of its own. */
  ariaLabel?: string;
}

/** A select over typed choices: `onChange` gets one of the choices' values, never an unchecked string. */
export function Select<T extends string>(props: SelectProps<T>) {
  const onChange = (e: JSX.TargetedEvent<HTMLSelectElement>) => {
    const picked = props.choices.find((c) => c.value === e.currentTarget.value);
    if (picked) props.onChange(picked.value);
  };
  return (
    <select data-testid={props.testId} value={props.value} disabled={props.disabled} aria-label={props.ariaLabel} onChange={onChange}>
      {props.choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled select, as the card's and the options' forms lay them out. */
export function SelectField<T extends string>(props: SelectProps<T> & { label: string; narrow?: boolean; inline?: boolean }) {
  const { label, narrow, inline, ...select } = props;
  return (
    <Field label={label} narrow={narrow} inline={inline}>
      <Select {...select} />
    </Field>
  );
}
