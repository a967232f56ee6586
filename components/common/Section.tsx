import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useStillWaiting } from './still-waiting';

/** A region headed by its title; `aria-busy` only while it loads. */
export function Section(props: { title: string; busy: boolean; children: ComponentChildren }) {
  const id = useId();
  const waiting = useStillWaiting(props.busy);
  return (
    <section class="dc-section" aria-labelledby={id} aria-busy={props.busy ? 'true' : undefined}>
      <h3 id={id} class="dc-section-title">
        {props.title}
      </h3>
      {props.busy && (
        <p class="dc-muted dc-loading" role={waiting ? 'status' : undefined} aria-hidden={waiting ? undefined : 'true'}>
          {waiting ? t('panelStillWaiting') : t('panelLoading')}
        </p>
      )}
      {props.children}
    </section>
  );
}
