import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CallBackground } from '@/lib/messages/call';
import type { DeskPage } from '@/lib/page/desk-pages';
import { panelCollapsed } from '@/lib/preferences';
import { ProblemNotice, type PanelProblem, type ProblemNoticeProps } from './ProblemNotice';

/** What the content script hands every panel it mounts, whatever page the panel is about. */
export interface PanelProps<P extends DeskPage> {
  page: P;
  api: CallBackground;
  navigate: (url: string) => void;
  signal: AbortSignal;
}

/**
 * The panel's landmark, heading and collapse toggle, around whatever page it is about (a contact, an account),
 * and in place of that page's content the notice of a problem that stops the whole panel (`restart` loads the
 * page's data again). The collapsed state is the agent's, remembered across pages and tabs.
 */
export function PanelFrame(props: Omit<ProblemNoticeProps, 'problem'> & { problem: PanelProblem | null; children: ComponentChildren }) {
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
        {/* The frame's props are the notice's: on this branch `problem` is set. */}
        {props.problem ? <ProblemNotice {...(props as ProblemNoticeProps)} /> : props.children}
      </div>
    </aside>
  );
}
