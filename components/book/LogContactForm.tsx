import { type Signal, useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { Field } from '@/components/shared/Field';
import { t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { runWrite } from '@/components/shared/write';
import type { CallItem } from '@/lib/book/call-list';
import type { IsoDate } from '@/lib/calendar/dates';
import { CONTACT_CHANNELS, type ContactChannel } from '@/lib/client/contact';
import { nextRung, purposeForRung, rungNameKey } from '@/lib/trust-ladder';
import { data } from '@/platform/database';

/**
 * Logs today's contact from the call list: channel, note, next follow-up, and — when the client is on a rung — the
 * offer to record this contact as the next rung's step (the rung moves up with it).
 */
export function LogContactForm(props: {
  item: CallItem;
  today: IsoDate;
  error: Signal<string | null>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { item } = props;
  const channel = useSignal<ContactChannel>(item.reason.kind === 'newClient' && item.reason.step === 'visit' ? 'visit' : 'phone');
  const note = useSignal('');
  const next = useSignal('');
  const rungUp = useSignal(false);
  const current = item.summary.rung ?? 1;
  const up = nextRung(current);
  const busy = useSignal(false);

  async function save(e: Event) {
    e.preventDefault();
    if (busy.value) return;
    busy.value = true;
    const purpose = rungUp.value && up !== null ? purposeForRung(up)! : 'routine';
    const logged = await runWrite(
      () =>
        data.addContact({
          ...item.client,
          date: props.today,
          channel: channel.value,
          purpose,
          note: note.value.trim(),
          nextFollowUp: next.value || null,
          at: Date.now(),
        }),
      props.error,
    );
    if (logged.ok && rungUp.value && up !== null)
      await runWrite(() => data.updateClient(item.client, (r) => ({ ...r, rung: up }), Date.now()), props.error);
    busy.value = false;
    if (logged.ok) props.onDone();
  }

  return (
    <form class="book-log" data-testid="call-log-form" onSubmit={save}>
      <SelectField
        label={t('contact.channel')}
        narrow
        testId="log-channel"
        value={channel.value}
        choices={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        onChange={(c) => (channel.value = c)}
      />
      <Field label={t('contact.note')}>
        <BoundInput bind={note} testId="log-note" maxLength={2000} />
      </Field>
      <Field label={t('contact.next')}>
        <BoundInput bind={next} type="date" testId="log-next" min={props.today} />
      </Field>
      {up !== null && (
        <label class="book-filters__check">
          <input
            type="checkbox"
            data-testid="log-rung-up"
            checked={rungUp.value}
            onChange={(e) => (rungUp.value = e.currentTarget.checked)}
          />
          {t('book.calls.rungUp', { rung: up, name: t(rungNameKey(up)) })}
        </label>
      )}
      <button type="submit" class="button button--primary" data-testid="log-save" disabled={busy.value}>
        {t('book.calls.save')}
      </button>
      <button type="button" class="link-button small" onClick={props.onCancel}>
        {t('book.calls.cancel')}
      </button>
    </form>
  );
}
