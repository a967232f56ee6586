// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { contact, hc, page } from '@/tests/support/fake-api';
import { renderPanel, settled } from '@/tests/support/render-panel';

// Zoho fields are free text an outsider can set (a contact signing up names themself). Every one of them the
// panel renders must stay inert text: nothing executes, nothing becomes a link that runs script.
const corpus = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "';window.__pwned=1;//",
  '<svg onload="window.__pwned=1">',
  '{{constructor.constructor("window.__pwned=1")()}}',
];
const scriptUrls = ['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', ' javascript:alert(1)', 'vbscript:x'];

declare global {
  interface Window {
    __pwned?: number;
  }
}

afterEach(() => {
  delete window.__pwned;
});

describe.each(corpus.map((text, index) => [text, scriptUrls[index % scriptUrls.length]!] as const))(
  'hostile text %j',
  (text, url) => {
    it('is shown as text in every section, and no script runs or becomes a link', async () => {
      const duplicateId = '1000000000099';
      renderPanel((state) => {
        state.contacts = [contact(page.contactId, { firstName: text, lastName: text, email: text })];
        state.helpCenters = [hc('201', text, { url }), hc('202', `${text} 2`, { url })];
        state.memberships[page.contactId] = [
          { helpCenter: state.helpCenters[0]!, userId: '301', userStatus: text },
          { helpCenter: state.helpCenters[1]!, userId: '301', userStatus: 'PENDING' },
        ];
        state.badges = [
          { id: '401', name: text, description: text, iconUrl: url },
          { id: '402', name: `${text} b`, description: null, iconUrl: url },
        ];
        state.userBadges = { '301': ['401'] };
        state.labels = [
          { id: '501', name: text, helpCenterId: '201' },
          { id: '502', name: `${text} l`, helpCenterId: '201' },
        ];
        state.userLabels = { '301': ['501'] };
        state.duplicates[page.contactId] = [
          { contact: contact(duplicateId, { firstName: text, lastName: text, email: text }), matchedOn: ['email'] },
        ];
      });
      for (const name of ['Help centers', 'Badges', 'Labels', 'Duplicates']) await settled(name);

      await waitFor(() => expect(screen.getAllByText(text, { exact: false }).length).toBeGreaterThan(0));
      expect(window.__pwned).toBeUndefined();
      expect(document.querySelector('script')).toBeNull();
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          expect(attribute.name.startsWith('on'), `${element.tagName} has ${attribute.name}`).toBe(false);
        }
      }
      for (const element of document.querySelectorAll('[href], [src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        expect(target, `${element.tagName} points to ${target}`).toMatch(/^https?:\/\//);
      }
    });
  },
);
