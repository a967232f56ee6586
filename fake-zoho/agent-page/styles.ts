// Desk's app shell as its own stylesheet lays it out: panes that fill the window with `position: fixed`, a
// document that never scrolls, a main pane that scrolls inside itself and record toolbars with their actions at
// the right edge. The layout is the point: an extension that narrows <body> with a margin leaves these panes
// where they are, so the fake has to be built the same way for the tests to see it.
export const SHELL_STYLE = `
  * { box-sizing: border-box; }
  html, body { height: 100%; margin: 0; overflow: hidden; }
  body { font: 14px/1.4 system-ui, sans-serif; color: #222; background: #fff; }
  button { font: inherit; padding: 4px 10px; white-space: nowrap; }
  .desk-topbar { position: fixed; top: 0; left: 0; right: 0; height: 48px; z-index: 20; display: flex; align-items: center; gap: 12px; padding: 0 8px 0 16px; background: #1c2b3a; color: #fff; }
  .desk-logo { font-weight: 700; }
  .desk-company { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
  .desk-topbar-actions { margin-left: auto; display: flex; align-items: center; gap: 6px; flex: none; }
  .desk-icon { width: 32px; height: 32px; padding: 0; border-radius: 50%; }
  .desk-modules { position: fixed; top: 48px; left: 0; bottom: 0; width: 84px; z-index: 10; background: #24384c; overflow-y: auto; }
  .desk-modules ul { list-style: none; margin: 0; padding: 6px 0; }
  .desk-modules a { display: block; padding: 8px 6px; color: #dfe8f1; text-align: center; font-size: 12px; text-decoration: none; }
  .desk-modules a[aria-current="page"] { background: #35506b; }
  .desk-main { position: fixed; top: 48px; left: 84px; right: 0; bottom: 0; overflow: auto; display: flex; align-items: flex-start; }
  .desk-nav { position: sticky; top: 0; width: 200px; flex: none; background: #f2f4f7; padding: 8px; align-self: stretch; }
  .desk-nav ul { list-style: none; margin: 0; padding: 0; }
  .desk-nav a { display: block; padding: 4px 8px; color: #134; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .desk-record { flex: 1; min-width: 0; }
  .desk-record-toolbar { position: sticky; top: 0; z-index: 5; display: flex; align-items: center; gap: 12px; height: 52px; padding: 0 12px 0 16px; background: #fafbfc; border-bottom: 1px solid #dde2e8; }
  .desk-record-toolbar h1 { font-size: 18px; margin: 0; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .desk-actions { margin-left: auto; display: flex; gap: 6px; flex: none; }
  .desk-record-body { padding: 16px; min-height: 140vh; }
  .desk-tabs { display: flex; gap: 16px; margin: 0 0 12px; }
  .desk-tabs a[aria-selected="true"] { font-weight: 700; }
  .desk-notes.active { outline: 2px solid #f90; }
  /* Desk's night theme, switched on by the agent (here: ?theme=night); its markers are Desk's own business. */
  html.desk-night body { background: #16191d; color: #d8dde3; }
  html.desk-night .desk-nav, html.desk-night .desk-record-toolbar { background: #1f242a; }
  html.desk-night .desk-nav a, html.desk-night a { color: #9cc4ff; }
`;
