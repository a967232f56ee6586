import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { domainOrigin, normalizeDeskDomain } from '@/lib/custom-domains';
import { t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { CustomDomainsView, Reply } from '@/lib/messages/protocol';
import { Alert, Field } from './controls';

/**
 * "Desk on your own domain": the browser grants an optional origin only during the agent's click, so the
 * permission request is the first thing the click does, before any await; the background then registers the
 * content script there (lib/background/custom-domains.ts).
 */
export function CustomDomains({ api }: { api: CallBackground }) {
  const ids = { heading: useId(), note: useId() };
  const [rows, setRows] = useState<CustomDomainsView>([]);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const show = (reply: Reply<CustomDomainsView>) => {
    if (reply.ok) setRows(reply.data);
    else setProblem(reply.error.message);
    return reply.ok;
  };

  useEffect(() => {
    void api('domains.list', {}).then(show);
  }, []);

  function grantThen(host: string, after: () => void) {
    setProblem(null);
    // Called synchronously in the click: the browser refuses the request once the gesture is over.
    const asked = browser.permissions.request({ origins: [domainOrigin(host)] });
    void asked
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) return setProblem(t('bgDomainNotGranted'));
        if (show(await api('domains.add', { host }))) after();
      });
  }

  function add(event: Event) {
    event.preventDefault();
    const host = normalizeDeskDomain(typed);
    if (!host) return setProblem(t('bgDomainInvalid'));
    grantThen(host, () => setTyped(''));
  }

  async function remove(host: string) {
    setProblem(null);
    show(await api('domains.remove', { host }));
  }

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('optDomainsHeading')}</h2>
      <p id={ids.note} class="hint">
        {t('optDomainsIntro')}
      </p>
      <form onSubmit={add} noValidate>
        <Field label={t('optDomainLabel')} value={typed} onValue={setTyped} placeholder="support.example.com" describedBy={ids.note} />
        <div class="actions">
          <button type="submit">{t('optDomainAdd')}</button>
        </div>
      </form>
      <Alert text={problem} />
      {rows.length === 0 ? (
        <p>{t('optDomainsNone')}</p>
      ) : (
        <ul aria-label={t('optDomainsHeading')}>
          {rows.map((row) => (
            <li key={row.host}>
              <code>{row.host}</code>{' '}
              {row.managed ? (
                <>
                  ({t('optDomainManaged')})
                  {!row.granted && (
                    <>
                      {' '}
                      {t('optDomainNeedsGrant')}{' '}
                      <button type="button" onClick={() => grantThen(row.host, () => undefined)}>
                        {t('optDomainAllow', row.host)}
                      </button>
                    </>
                  )}
                </>
              ) : (
                <button type="button" onClick={() => void remove(row.host)}>
                  {t('optDomainRemove', row.host)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
