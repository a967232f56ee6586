// The panel's CSS, injected by the content script into the panel's shadow root. Desk-like weight: system font
// at 13px, neutral greys, 1px borders, compact rows. No external fonts or images. Imported `?inline` so the
// build minifies it: it is the largest single piece of the content script.
import css from './panel.css?inline';

export const panelStyles: string = css;
