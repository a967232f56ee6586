import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ApiError, Contact, Duplicate } from '@/lib/messages/protocol';
import { contactPageUrl } from '@/lib/page/desk-pages';
import { useContactData } from '../ContactData/ContactData';
import { ErrorAlert } from '../common/Alerts';
import { describeError } from '../common/errors';
import { readable } from '../common/readable';
import { contactName } from '../common/names';
import { byAgent } from '../common/trusted';

const FIELD_NAME = /^[A-Za-z0-9_]{1,100}$/;

/** The fields the dialog compares: Zoho's `mergeFields` when the background sent them, else the basic ones. */
export function fieldsOf(contact: Contact): Record<string, string | null> {
  if (contact.mergeFields) return contact.mergeFields;
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    secondaryEmail: contact.secondaryEmail,
    phone: contact.phone,
    mobile: contact.mobile,
    accountName: contact.accountName ?? null,
  };
}

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim() === (b ?? '').trim();
const shown = (value: string | null | undefined) => (value?.trim() ? value : t('mergeEmpty'));

export function mergeErrorText(error: ApiError): string {
  if (/help.?cent(er|re)/i.test(error.message) && /merg/i.test(error.message)) {
    return t('mergeHelpCenterUsers', describeError(error));
  }
  return t('mergeFailed', describeError(error));
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function MergeDialog(props: { duplicate: Duplicate; onClose: () => void }) {
  const data = useContactData();
  const { org, page, api, signal, store, navigate } = data;
  const currentId = page.contactId;
  const otherId = props.duplicate.contact.id;
  // The dialog renders in a Preact root of its own (merge-island.tsx), whose ids would start over where the
  // panel's did: its own prefix keeps every id, and so every accessible name, unique in the shadow root.
  const titleId = `m${useId()}`;
  const descriptionId = `m${useId()}`;
  const dialog = useRef<HTMLDivElement>(null);
  const [keepId, setKeepId] = useState(currentId);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [running, setRunning] = useState(false);
  // The deliberate second action: Merge stays disabled until the agent ticks that it cannot be undone.
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void store.load('contact.get', { org, contactId: otherId });
  }, [otherId]);

  const otherRes = store.read('contact.get', { org, contactId: otherId });
  const current = data.contact?.data;
  const other = otherRes?.data;
  const ready = !!current && !!other;

  // Focus moves into the dialog when it opens (and once the records are there to choose from).
  useEffect(() => {
    const first = dialog.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
  }, [ready]);

  const records = current && other ? [current, other] : [];
  const roleOf = (id: string) => (id === currentId ? t('mergeThisContact') : t('mergeDuplicate'));
  const nameOf = (contact: Contact) => t('mergeRecord', contactName(contact), roleOf(contact.id));
  const currentFields = current ? fieldsOf(current) : {};
  const otherFields = other ? fieldsOf(other) : {};
  const fieldNames = [...new Set([...Object.keys(currentFields), ...Object.keys(otherFields)])];
  const differing = fieldNames.filter((field) => FIELD_NAME.test(field) && !same(currentFields[field], otherFields[field]));
  const equal = fieldNames.filter((field) => !differing.includes(field));
  const sourceOf = (field: string) => choices[field] ?? keepId;
  const keep = records.find((record) => record.id === keepId);
  const gone = records.find((record) => record.id !== keepId);

  function close() {
    if (running) return;
    props.onClose();
  }

  async function merge() {
    if (running || !ready || !understood) return;
    const mergeId = keepId === currentId ? otherId : currentId;
    const source: Record<string, string> = {};
    for (const field of differing) source[field] = sourceOf(field);
    setRunning(true);
    setError(null);
    try {
      const reply = await api('contacts.merge', { org, keepId, mergeIds: [mergeId], source }, signal);
      if (signal.aborted) return;
      setRunning(false);
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      props.onClose();
      if (reply.data.survivorId === currentId) {
        void store.load('duplicates.find', { org, contactId: currentId }, true);
        void store.load('contact.get', { org, contactId: currentId }, true);
      }
      navigate(contactPageUrl(page, reply.data.survivorId));
    } catch {
      // Aborted: the agent left this contact.
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (!active || !dialog.current.contains(active)) {
      event.preventDefault();
      first.focus();
    } else if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const radio = (group: string, value: string, checked: boolean, onChange: () => void, label: ComponentChildren) => (
    <label class="dc-choice">
      <input type="radio" name={group} value={value} checked={checked} disabled={running} onChange={onChange} />
      <span>{label}</span>
    </label>
  );

  return (
    <div class="dc-overlay">
      <div
        ref={dialog}
        class="dc-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onKeyDown={onKeyDown}
      >
        <h3 id={titleId} class="dc-dialog-title">
          {t('mergeTitle')}
        </h3>
        <p id={descriptionId} class="dc-muted">
          {keep && gone
            ? t('mergeIntro', nameOf(gone), nameOf(keep))
            : t('mergeNothingYet')}
        </p>
        <div class="dc-dialog-body" aria-busy={ready ? undefined : 'true'}>
          {otherRes?.status === 'error' && (
            <ErrorAlert
              text={describeError(otherRes.error, otherRes.autoRetryInMs)}
              onRetry={() => void store.load('contact.get', { org, contactId: otherId }, true)}
            />
          )}
          {data.contact?.status === 'error' && !current && (
            <ErrorAlert
              text={describeError(data.contact.error, data.contact.autoRetryInMs)}
              onRetry={() => void store.load('contact.get', { org, contactId: currentId }, true)}
            />
          )}
          {!ready && !error && otherRes?.status !== 'error' && <p class="dc-muted">{t('mergeLoading')}</p>}
          {ready && (
            <>
              <fieldset class="dc-fieldset" role="radiogroup" aria-labelledby={`${titleId}-keep`}>
                <legend id={`${titleId}-keep`}>{t('mergeKeep')}</legend>
                <div class="dc-columns">
                  {records.map((record) =>
                    radio(`${titleId}-keep`, record.id, keepId === record.id, () => setKeepId(record.id), nameOf(record)),
                  )}
                </div>
              </fieldset>
              {differing.map((field) => (
                <fieldset class="dc-fieldset" role="radiogroup" aria-labelledby={`${titleId}-f-${field}`} key={field}>
                  <legend id={`${titleId}-f-${field}`}>{readable(field)}</legend>
                  <div class="dc-columns">
                    {records.map((record) => {
                      const value = (record.id === currentId ? currentFields : otherFields)[field];
                      return radio(
                        `${titleId}-f-${field}`,
                        record.id,
                        sourceOf(field) === record.id,
                        () => setChoices((previous) => ({ ...previous, [field]: record.id })),
                        <>
                          <span class="dc-value">{shown(value)}</span>{' '}
                          <span class="dc-muted">{t('mergeRoleNote', roleOf(record.id))}</span>
                        </>,
                      );
                    })}
                  </div>
                </fieldset>
              ))}
              {equal.length > 0 && (
                <dl class="dc-same">
                  {equal.map((field) => (
                    <div key={field} class="dc-same-row">
                      <dt>{readable(field)}</dt>
                      <dd>{shown(currentFields[field] ?? otherFields[field])}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </>
          )}
          {ready && (
            <label class="dc-choice dc-understood">
              {/* A script's .click() would tick the box, and its change event counts as trusted: undone here. */}
              <input type="checkbox" checked={understood} disabled={running} onClick={(event) => !event.isTrusted && event.preventDefault()}
                onChange={(event) => setUnderstood((event.currentTarget as HTMLInputElement).checked)} />
              <span>{t('mergeUnderstood')}</span>
            </label>
          )}
          {error && <ErrorAlert text={mergeErrorText(error)} onRetry={() => void merge()} busy={running} />}
        </div>
        <div class="dc-dialog-actions">
          <button type="button" class="dc-button" onClick={close} disabled={running}>
            {t('mergeCancel')}
          </button>
          <button type="button" class="dc-button dc-danger" onClick={byAgent(() => void merge())} disabled={!ready || running || !understood}>
            {t('mergeConfirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
