import { describe, expect, it } from 'vitest';
import type { CallBackground, ViewPart } from '@/lib/messages/call';
import type { ContactPage } from '@/lib/page/desk-pages';
import { createEarlyViews } from './early-view';

const page: ContactPage = { dataCenter: 'us', portal: 'acme', department: null, contactId: '7' };
const opening = { org: { dataCenter: 'us', portal: 'acme' }, contactId: '7' } as const;
const part = (n: number): ViewPart => ({ kind: 'contact.get', payload: { n }, reply: { ok: true, data: n } });

/** A messenger whose one 'view.open' stays open: the test posts its parts and ends it. */
function fakeBackground() {
  const sent: Array<{ kind: string; payload: unknown; signal?: AbortSignal }> = [];
  let post: (part: ViewPart) => void = () => {};
  let end: (reply: never) => void = () => {};
  const call = ((kind, payload, signal, onPart) => {
    sent.push({ kind, payload, signal });
    if (onPart) post = onPart;
    return new Promise((resolve) => (end = resolve as never));
  }) as CallBackground;
  return { sent, call, post: (p: ViewPart) => post(p), end: () => end({ ok: true, data: null } as never) };
}

describe('a view opened before its panel', () => {
  it('is taken over by the panel: the parts that came before, then the rest, then the reply; one view.open sent', async () => {
    const background = fakeBackground();
    const early = createEarlyViews(background.call);
    early.open(page, new AbortController().signal);
    background.post(part(1));
    const seen: unknown[] = [];
    const reply = early.api('view.open', opening, new AbortController().signal, (p) => seen.push(p.payload));
    background.post(part(2));
    background.end();
    expect(await reply).toEqual({ ok: true, data: null });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(background.sent.map((m) => m.kind)).toEqual(['view.open']);
    // Taken once: opening it again asks the background again.
    void early.api('view.open', opening, undefined, () => {});
    expect(background.sent.map((m) => m.kind)).toEqual(['view.open', 'view.open']);
  });

  it('is not handed to another view, and is stopped when the page is left', () => {
    const background = fakeBackground();
    const early = createEarlyViews(background.call);
    const left = new AbortController();
    early.open(page, left.signal);
    void early.api('view.open', { ...opening, contactId: '8' }, undefined, () => {});
    expect(background.sent).toHaveLength(2);
    left.abort();
    expect(background.sent[0]!.signal?.aborted).toBe(true);
    void early.api('view.open', opening, undefined, () => {});
    expect(background.sent).toHaveLength(3);
  });
});
