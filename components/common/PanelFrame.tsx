import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { panelCollapsed } from '@/lib/preferences';

/**
 * The panel's landmark, heading and collapse toggle, around whatever page it is about (a contact, an account).
 * The collapsed state is the agent's, remembered across pages and tabs.
 */
export function PanelFrame(props: { signal: AbortSignal; children: ComponentChildren }) {
  const [collapsed, setCollapsed] = useState(false);
  const bodyId = useId();
  const toggled = useRef(false);

  useEffect(() => {
    let live = true;
    panelCollapsed.getValue().then(
      (value) => {
        // A click (or a toggle in another tab) before the stored value arrives wins over it.
        if (live && !toggled.current && !props.signal.aborted) setCollapsed(value);
      },
      () => undefined,
    );
    // Every open Desk tab follows a toggle made in any of them, and the keyboard shortcut.
    const unwatch = panelCollapsed.watch((value) => {
      toggled.current = true;
      setCollapsed(value);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const toggle = () => {
    const next = !collapsed;
    toggled.current = true;
    setCollapsed(next);
    void panelCollapsed.setValue(next).catch(() => undefined);
  };

  return (
    <aside
      class={collapsed ? 'dc-panel dc-collapsed' : 'dc-panel'}
      role="complementary"
      aria-label={t('extName')}
      lang={t('langCode')}
    >
      <header class="dc-header">
        <h2 class="dc-title">{t('extName')}</h2>
        <button
          type="button"
          class="dc-toggle"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={bodyId}
          aria-label={collapsed ? t('panelExpand') : t('panelCollapse')}
          title={collapsed ? t('panelExpand') : t('panelCollapse')}
          onClick={toggle}
        >
          <span aria-hidden="true">{collapsed ? '‹' : '›'}</span>
        </button>
      </header>
      <div id={bodyId} class="dc-body" hidden={collapsed}>
        {props.children}
      </div>
    </aside>
  );
}
