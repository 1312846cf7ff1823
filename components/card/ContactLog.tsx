import { useSignal } from '@preact/signals';
import { BoundInput } from '@/components/shared/BoundInput';
import { Field } from '@/components/shared/Field';
import { locale, t } from '@/components/shared/i18n';
import { SelectField } from '@/components/shared/Select';
import { toIsoDate } from '@/lib/calendar/dates';
import { CONTACT_CHANNELS, type ContactChannel, type ContactEntry } from '@/lib/client/contact';
import { formatDate } from '@/lib/format/date';
import { CONTACT_PURPOSES, type ContactPurpose } from '@/lib/trust-ladder';

export interface NewContact {
  date: string;
  channel: ContactChannel;
  purpose: ContactPurpose;
  note: string;
  nextFollowUp: string | null;
}

/** The latest contacts and a one-line form to log another. */
export function ContactLog(props: { contacts: readonly ContactEntry[] | undefined; onAdd: (c: NewContact) => void }) {
  const date = useSignal(toIsoDate(new Date()));
  const channel = useSignal<ContactChannel>('phone');
  const purpose = useSignal<ContactPurpose>('routine');
  const note = useSignal('');
  const next = useSignal('');

  function add(e: Event) {
    e.preventDefault();
    if (!date.value) return;
    props.onAdd({
      date: date.value,
      channel: channel.value,
      purpose: purpose.value,
      note: note.value.trim(),
      nextFollowUp: next.value || null,
    });
    note.value = '';
    next.value = '';
  }

  return (
    <div class="contacts" data-testid="contacts">
      {props.contacts?.length ? (
        <ul class="contact-list">
          {props.contacts.map((c) => (
            <li key={c.seq} data-testid="contact">
              <span class="contact__date">{formatDate(c.date, locale.value)}</span> {t(`channel.${c.channel}`)} ·{' '}
              {t(`purpose.${c.purpose}`)}
              {c.note && <span class="muted"> · {c.note}</span>}
              {c.nextFollowUp && (
                <span class="muted small"> · {t('contact.nextOn', { date: formatDate(c.nextFollowUp, locale.value) })}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('contact.none')}</p>
      )}
      <form class="contact-form" onSubmit={add}>
        <div class="field-row">
          <Field label={t('contact.date')}>
            <BoundInput bind={date} type="date" testId="contact-date" />
          </Field>
          <SelectField
            label={t('contact.channel')}
            testId="contact-channel"
            value={channel.value}
            choices={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            onChange={(c) => (channel.value = c)}
          />
          <SelectField
            label={t('contact.purpose')}
            testId="contact-purpose"
            value={purpose.value}
            choices={CONTACT_PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
            onChange={(p) => (purpose.value = p)}
          />
        </div>
        <div class="field-row">
          <Field label={t('contact.note')}>
            <BoundInput bind={note} testId="contact-note" maxLength={2000} />
          </Field>
          <Field label={t('contact.next')} narrow>
            <BoundInput bind={next} type="date" testId="contact-next" />
          </Field>
        </div>
        <button type="submit" class="button button--small" data-testid="contact-add">
          {t('contact.add')}
        </button>
      </form>
    </div>
  );
}
