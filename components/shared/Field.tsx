import type { ComponentChildren } from 'preact';

/** A labelled form field, as the card's and the options' forms lay them out: the label above its control. */
export function Field(props: { label: string; narrow?: boolean; inline?: boolean; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the children, inside the label
    <label class={`field${props.narrow ? ' field--narrow' : ''}${props.inline ? ' field--inline' : ''}`}>
      <span class="field__label">{props.label}</span>
      {props.children}
    </label>
  );
}
