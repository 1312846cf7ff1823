import type { ComponentChildren } from 'preact';

/** A full-width state message: what is going on and what the RM can do about it. */
export function PanelMessage(props: {
  title: string;
  body?: string;
  tone?: 'info' | 'muted';
  testId: string;
  children?: ComponentChildren;
}) {
  return (
    <section class={`panel-message panel-message--${props.tone ?? 'info'}`} data-testid={props.testId} role="status">
      <h2>{props.title}</h2>
      {props.body && <p>{props.body}</p>}
      {props.children}
    </section>
  );
}
