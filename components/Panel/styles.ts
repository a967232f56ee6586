/**
 * The panel's CSS, injected by the content script into the panel's shadow root. Desk-like weight: system font at
 * 13px, neutral greys, 1px borders, compact rows. No external fonts or images.
 */
export const panelStyles = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

[data-panel-root], .dc-panel {
  height: 100%;
}
.dc-panel {
  --dc-bg: #ffffff;
  --dc-bg-subtle: #f6f7f9;
  --dc-fg: #1f2329;
  --dc-muted: #5f6673;
  --dc-border: #d9dde3;
  --dc-accent: #0a62c9;
  --dc-accent-fg: #ffffff;
  --dc-danger: #b42318;
  --dc-danger-bg: #fdecea;
  --dc-ok: #1a7f37;
  --dc-warn: #8a5a00;
  --dc-focus: #0a62c9;
  position: relative;
  display: flex;
  flex-direction: column;
  width: 100%;
  height: 100%;
  overflow: hidden;
  background: var(--dc-bg);
  color: var(--dc-fg);
  border-left: 1px solid var(--dc-border);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-font-smoothing: antialiased;
}
@media (prefers-color-scheme: dark) {
  .dc-panel {
    --dc-bg: #1c1f24;
    --dc-bg-subtle: #252a31;
    --dc-fg: #e6e8eb;
    --dc-muted: #a3aab5;
    --dc-border: #3a414b;
    --dc-accent: #5aa2ff;
    --dc-accent-fg: #0b1220;
    --dc-danger: #ff8a80;
    --dc-danger-bg: #3a1f1f;
    --dc-ok: #6fdc8c;
    --dc-warn: #f2c46d;
    --dc-focus: #8cbcff;
    color-scheme: dark;
  }
}

.dc-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  flex: none;
  min-height: 40px;
  padding: 6px 8px 6px 12px;
  border-bottom: 1px solid var(--dc-border);
  background: var(--dc-bg-subtle);
}
.dc-title { margin: 0; font-size: 14px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.dc-collapsed .dc-header { flex-direction: column; padding: 6px 4px; border-bottom: 0; }
.dc-collapsed .dc-title {
  writing-mode: vertical-rl;
  font-size: 12px;
  order: 2;
  margin-top: 8px;
}
.dc-toggle {
  flex: none;
  width: 28px;
  height: 28px;
  border: 1px solid var(--dc-border);
  border-radius: 4px;
  background: var(--dc-bg);
  color: var(--dc-fg);
  font: inherit;
  font-size: 16px;
  line-height: 1;
  cursor: pointer;
}
.dc-toggle:hover { background: var(--dc-bg-subtle); }

.dc-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
}

.dc-section { padding: 10px 12px; border-bottom: 1px solid var(--dc-border); }
.dc-section-title {
  margin: 0 0 6px;
  font-size: 12px;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: var(--dc-muted);
}
.dc-group { margin-top: 8px; }
.dc-group-title { margin: 0 0 4px; font-size: 13px; font-weight: 600; }

.dc-list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--dc-border); border-radius: 4px; }
.dc-item {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 8px;
  padding: 6px 8px;
  border-top: 1px solid var(--dc-border);
}
.dc-item:first-child { border-top: 0; }
.dc-item-main { display: flex; align-items: center; flex-wrap: wrap; gap: 4px 8px; flex: 1 1 140px; min-width: 0; }
.dc-text { display: flex; flex-direction: column; min-width: 0; }
.dc-name { font-weight: 500; overflow-wrap: anywhere; }
.dc-description { font-size: 12px; overflow-wrap: anywhere; }
.dc-actions { display: flex; gap: 4px; flex: none; }
.dc-item > .dc-error { flex-basis: 100%; }

.dc-status { font-size: 12px; padding: 0 6px; border-radius: 10px; border: 1px solid var(--dc-border); color: var(--dc-muted); white-space: nowrap; }
.dc-status-active { color: var(--dc-ok); border-color: currentColor; }
.dc-status-pending, .dc-status-invited { color: var(--dc-warn); border-color: currentColor; }
.dc-status-deactivated, .dc-status-deleted { color: var(--dc-danger); border-color: currentColor; }
.dc-tag { font-size: 12px; color: var(--dc-muted); font-style: italic; }

.dc-muted { color: var(--dc-muted); }
p.dc-muted, .dc-hint { margin: 4px 0; }
.dc-hint { font-size: 12px; color: var(--dc-muted); }
.dc-loading { font-size: 12px; }
.dc-toolbar { margin: 0 0 6px; }

a { color: var(--dc-accent); text-decoration: none; }
a:hover { text-decoration: underline; }

.dc-button {
  font: inherit;
  font-size: 12px;
  line-height: 18px;
  padding: 2px 8px;
  border: 1px solid var(--dc-border);
  border-radius: 4px;
  background: var(--dc-bg);
  color: var(--dc-fg);
  cursor: pointer;
  white-space: nowrap;
}
.dc-button:hover:not(:disabled) { background: var(--dc-bg-subtle); }
.dc-button.dc-primary { background: var(--dc-accent); border-color: var(--dc-accent); color: var(--dc-accent-fg); }
.dc-button.dc-primary:hover:not(:disabled) { filter: brightness(1.08); background: var(--dc-accent); }
.dc-button.dc-danger { background: var(--dc-danger); border-color: var(--dc-danger); color: var(--dc-bg); }
.dc-button:disabled { opacity: 0.55; cursor: default; }

.dc-select {
  font: inherit;
  font-size: 12px;
  flex: 1 1 auto;
  min-width: 0;
  padding: 2px 4px;
  border: 1px solid var(--dc-border);
  border-radius: 4px;
  background: var(--dc-bg);
  color: var(--dc-fg);
}
.dc-add { margin-top: 6px; }
.dc-label { display: block; font-size: 12px; color: var(--dc-muted); margin-bottom: 2px; }
.dc-add-row { display: flex; gap: 4px; }

.dc-icon { width: 20px; height: 20px; flex: none; border-radius: 3px; object-fit: contain; }
.dc-icon-fallback { display: inline-block; background: var(--dc-bg-subtle); border: 1px solid var(--dc-border); }

.dc-error { margin: 6px 0; padding: 6px 8px; border: 1px solid var(--dc-danger); border-radius: 4px; background: var(--dc-danger-bg); }
.dc-error-text { margin: 0 0 4px; color: var(--dc-danger); overflow-wrap: anywhere; }
.dc-notice { padding: 12px; display: flex; flex-direction: column; align-items: flex-start; gap: 8px; }
.dc-notice p { margin: 0; }

:focus { outline: none; }
:focus-visible { outline: 2px solid var(--dc-focus); outline-offset: 1px; }
input[type="radio"]:focus-visible { outline-offset: 2px; }

.dc-overlay {
  position: absolute;
  inset: 0;
  z-index: 1;
  display: flex;
  align-items: flex-start;
  justify-content: center;
  padding: 12px 8px;
  background: rgba(0, 0, 0, 0.35);
  overflow-y: auto;
}
.dc-dialog {
  width: 100%;
  padding: 12px;
  border: 1px solid var(--dc-border);
  border-radius: 6px;
  background: var(--dc-bg);
  color: var(--dc-fg);
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2);
}
.dc-dialog-title { margin: 0 0 4px; font-size: 14px; font-weight: 600; }
.dc-dialog-body { margin: 8px 0; }
.dc-dialog-actions { display: flex; justify-content: flex-end; gap: 6px; }
.dc-fieldset { margin: 0 0 8px; padding: 4px 8px 6px; border: 1px solid var(--dc-border); border-radius: 4px; min-width: 0; }
.dc-fieldset legend { padding: 0 4px; font-size: 12px; font-weight: 600; }
.dc-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.dc-choice { display: flex; align-items: flex-start; gap: 4px; min-width: 0; overflow-wrap: anywhere; cursor: pointer; }
.dc-choice input { margin: 2px 0 0; flex: none; }
.dc-value { font-weight: 500; }
.dc-same { margin: 0; font-size: 12px; }
.dc-same-row { display: grid; grid-template-columns: 40% 60%; gap: 6px; padding: 2px 0; }
.dc-same dt { color: var(--dc-muted); }
.dc-same dd { margin: 0; overflow-wrap: anywhere; }

@media (prefers-reduced-motion: no-preference) {
  .dc-button, .dc-toggle { transition: background-color 0.1s ease; }
}
`;
