import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { DiagnosticEntry } from '@/lib/messages/protocol';

/** Recent API failures with what a Zoho support case needs: time, call, error code, message, request id. */
export function Diagnostics(props: { entries: DiagnosticEntry[]; onClear: () => void; onRefresh: () => void }) {
  const heading = useId();
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t('optDiagHeading')}</h2>
      {props.entries.length === 0 ? (
        <p>{t('optDiagNone')}</p>
      ) : (
        <table>
          <caption>
            {props.entries.length === 1 ? t('optDiagCaptionOne') : t('optDiagCaptionOther', props.entries.length)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('optDiagTime')}</th>
              <th scope="col">{t('optDiagCall')}</th>
              <th scope="col">{t('optDiagCode')}</th>
              <th scope="col">{t('optDiagMessage')}</th>
              <th scope="col">{t('optDiagRequestId')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((entry, index) => (
              <tr key={`${entry.time}-${index}`}>
                <td>
                  <time dateTime={new Date(entry.time).toISOString()}>{new Date(entry.time).toLocaleString()}</time>
                </td>
                <td>{entry.call}</td>
                <td>{entry.code ?? '—'}</td>
                <td>{entry.message}</td>
                <td>{entry.requestId ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" onClick={props.onRefresh}>
          {t('optDiagRefresh')}
        </button>
        {props.entries.length > 0 && (
          <button type="button" onClick={props.onClear}>
            {t('optDiagClear')}
          </button>
        )}
      </div>
    </section>
  );
}
