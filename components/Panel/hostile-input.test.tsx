// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '@/fake-zoho/worlds';
import { LOADED, usePanelOnFake } from '@/tests/support/panel-on-fake';
import { settled } from '@/tests/support/render-panel';

const { h, renderOnFake } = usePanelOnFake();

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
      // The hostile contact of the default world, its help center, badges and labels renamed to the text: what
      // an outsider signing up (or a careless admin) can put into Zoho's free-text fields.
      const org = h.fake.world.orgs.find((candidate) => candidate.id === DEMO.orgId)!;
      const person = org.contacts.find((c) => c.id === DEMO.contacts.hostile)!;
      Object.assign(person, { firstName: text, lastName: text });
      const userId = DEMO.userIdOf(DEMO.contacts.hostile, DEMO.helpCenters.main);
      const center = org.helpCenters.find((hc) => hc.id === DEMO.helpCenters.main)!;
      Object.assign(center, { name: text, url });
      const [first, second] = org.badges;
      Object.assign(first!, { name: text, description: text, iconUrl: url });
      Object.assign(second!, { name: `${text} b`, description: null, iconUrl: url });
      org.userBadges = [...org.userBadges.filter((ub) => ub.userId !== userId), { userId, badgeId: first!.id, createdTime: new Date().toISOString() }];
      const labels = org.labels.filter((label) => label.helpCenterId === center.id);
      Object.assign(labels[0]!, { name: text });
      Object.assign(labels[1]!, { name: `${text} l` });
      org.userLabels = [
        ...org.userLabels.filter((ul) => ul.userId !== userId),
        { userId, labelId: labels[0]!.id, isPrimary: true, assignedTime: new Date().toISOString() },
      ];
      renderOnFake(DEMO.contacts.hostile);
      for (const name of ['Help centers', 'Badges', 'Labels', 'Groups', 'Duplicates']) await settled(name, LOADED);

      await waitFor(() => expect(screen.getAllByText(text, { exact: false }).length).toBeGreaterThan(0));
      expect(screen.queryAllByRole('alert').map((alert) => alert.textContent)).toEqual([]);
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
