import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Duplicate } from '@/lib/messages/protocol';
import { contactPageUrl } from '@/lib/page/desk-pages';
import { anyLoading, useContactData } from '../ContactData/ContactData';
import { LoadErrors } from '../common/Alerts';
import { Section } from '../common/Section';
import { LazyMergeDialog } from './LazyMergeDialog';
import { contactName } from '../common/names';
import { followInPlace } from '../common/follow';

function matchedText(duplicate: Duplicate): string {
  const email = duplicate.matchedOn.includes('email');
  const phone = duplicate.matchedOn.includes('phone');
  return email && phone ? t('dupSameEmailAndPhone') : email ? t('dupSameEmail') : t('dupSamePhone');
}

export function DuplicatesSection() {
  const data = useContactData();
  const { org, page, store, navigate } = data;
  const [merging, setMerging] = useState<{ duplicate: Duplicate; opener: HTMLElement } | null>(null);
  const duplicates = data.duplicates?.data;
  const selfBlocked = duplicates?.some((duplicate) => duplicate.mergeBlocked === 'contact');
  const selfReasonId = useId();

  const close = () => {
    const opener = merging?.opener;
    setMerging(null);
    opener?.focus();
  };

  return (
    <Section title={t('dupTitle')} busy={anyLoading(data.duplicates)}>
      <LoadErrors
        items={[
          {
            res: data.duplicates,
            retry: () => void store.load('duplicates.find', { org, contactId: page.contactId }, true),
          },
        ]}
      />
      {duplicates?.length === 0 && <p class="dc-muted">{t('dupNone')}</p>}
      {/* Said once for the whole list: every merge involves this contact. */}
      {selfBlocked && (
        <p id={selfReasonId} class="dc-muted">
          {t('dupMergeBlockedContact')}
        </p>
      )}
      {duplicates && duplicates.length > 0 && (
        <ul class="dc-list">
          {duplicates.map((duplicate) => (
            <DuplicateRow
              key={duplicate.contact.id}
              duplicate={duplicate}
              reasonId={selfBlocked ? selfReasonId : undefined}
              url={contactPageUrl(page, duplicate.contact.id)}
              navigate={navigate}
              onMerge={(opener) => setMerging({ duplicate, opener })}
            />
          ))}
        </ul>
      )}
      {merging && <LazyMergeDialog duplicate={merging.duplicate} onClose={close} />}
    </Section>
  );
}

function DuplicateRow(props: {
  duplicate: Duplicate;
  /** The section's own reason, when it is this contact that cannot be merged. */
  reasonId?: string;
  url: string;
  navigate: (url: string) => void;
  onMerge: (opener: HTMLElement) => void;
}) {
  const { duplicate, url } = props;
  const nameId = useId();
  const ownReasonId = useId();
  const blocked = duplicate.mergeBlocked;
  const name = contactName(duplicate.contact);
  return (
    <li class="dc-item">
      <div class="dc-item-main">
        <span class="dc-text">
          <a id={nameId} class="dc-name" href={url} onClick={(event) => followInPlace(event, url, props.navigate)}>
            {name}
          </a>
          <span class="dc-muted dc-description">{matchedText(duplicate)}</span>
          {blocked === 'duplicate' && (
            <span id={ownReasonId} class="dc-muted dc-description">
              {t('dupMergeBlockedDuplicate', name)}
            </span>
          )}
        </span>
      </div>
      <div class="dc-actions">
        <button
          type="button"
          class="dc-button"
          aria-haspopup="dialog"
          // The duplicate's own reason names it already.
          aria-describedby={blocked === 'duplicate' ? ownReasonId : blocked ? `${nameId} ${props.reasonId}` : nameId}
          disabled={!!blocked}
          onClick={(event) => props.onMerge(event.currentTarget as HTMLElement)}
        >
          {t('dupMerge')}
        </button>
      </div>
    </li>
  );
}
