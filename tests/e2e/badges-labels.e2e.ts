import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../fake-zoho/worlds';
import { panelOf, connectedSuite, waitForSettled } from './support/stack';
import { acmeState, acmeWorld, usContactUrl } from './support/world';

// Issue 5: badges and labels of a contact's help-center users, awarded and removed in place; the fake's state
// is the proof.

const suite = connectedSuite();
let page: Page;

async function open(contactId: string, name: 'Badges' | 'Labels') {
  page = await suite.newPage();
  await page.goto(usContactUrl(contactId));
  await waitForSettled(page);
  return panelOf(page).getByRole('region', { name });
}

const activeUser = DEMO.userIdOf(DEMO.contacts.active, DEMO.helpCenters.main);
const badgesOf = async (userId: string) =>
  (await acmeState(suite.stack.fake.control)).userBadges.filter((b) => b.userId === userId).map((b) => b.badgeId).sort();
const labelsOf = async (userId: string) =>
  (await acmeState(suite.stack.fake.control)).userLabels.filter((l) => l.userId === userId).map((l) => l.labelId).sort();

describe('badges', () => {
  it('awards a badge from the catalogue’s second page and revokes it again', async () => {
    const section = await open(DEMO.contacts.active, 'Badges');
    const before = await badgesOf(activeUser);
    // Page two of /badges (limit 50) holds badge 51 onwards.
    const late = acmeWorld().badges[52]!;
    await section.getByRole('combobox', { name: 'Badge to award' }).selectOption(late.id);
    await section.getByRole('button', { name: 'Award', exact: true }).click();
    await expect.poll(() => section.getByRole('listitem').filter({ hasText: late.name }).count()).toBe(1);
    expect(await badgesOf(activeUser)).toEqual([...before, late.id].sort());

    await section.getByRole('button', { name: `Revoke ${late.name}` }).click();
    await expect.poll(() => section.getByRole('listitem').filter({ hasText: late.name }).count()).toBe(0);
    expect(await badgesOf(activeUser)).toEqual(before);
  });

  it('the award choice lists the catalogue minus what the user has', async () => {
    const section = await open(DEMO.contacts.active, 'Badges');
    const owned = await badgesOf(activeUser);
    const offered = await section
      .getByRole('combobox', { name: 'Badge to award' })
      .evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean));
    expect(offered.length).toBe(acmeWorld().badges.length - owned.length);
    for (const id of owned) expect(offered).not.toContain(id);
  });

  it.each(['data', 'array'] as const)('reads the user’s badges when Zoho answers the %s shape', async (shape) => {
    await suite.stack.fake.control.setBadgesShape(shape);
    const section = await open(DEMO.contacts.active, 'Badges');
    const owned = acmeWorld().badges.filter((badge) =>
      acmeWorld().userBadges.some((b) => b.userId === activeUser && b.badgeId === badge.id),
    );
    expect(owned.length).toBeGreaterThan(0);
    for (const badge of owned) {
      await expect.poll(() => section.getByRole('button', { name: `Revoke ${badge.name}` }).count()).toBe(1);
    }
  });

  it('shows each help-center user of a contact who has several', async () => {
    const section = await open(DEMO.contacts.multiUser, 'Badges');
    await expect.poll(() => section.getByRole('combobox', { name: 'Badge to award' }).count()).toBeGreaterThanOrEqual(2);
  });

  it('explains that a contact with no help-center user has no badges', async () => {
    const section = await open(DEMO.contacts.notMember, 'Badges');
    expect(await section.innerText()).toMatch(/help cent(er|re)/i);
    expect(await section.getByRole('combobox').count()).toBe(0);
  });
});

describe('labels', () => {
  it('adds a label of the user’s help center and removes it', async () => {
    const section = await open(DEMO.contacts.active, 'Labels');
    const before = await labelsOf(activeUser);
    const candidate = acmeWorld().labels.find(
      (label) => label.helpCenterId === DEMO.helpCenters.main && !before.includes(label.id),
    )!;
    await section.getByRole('combobox', { name: 'Label to add' }).selectOption(candidate.id);
    await section.getByRole('button', { name: 'Add label' }).click();
    await expect.poll(() => section.getByRole('button', { name: `Remove ${candidate.name}` }).count()).toBe(1);
    expect(await labelsOf(activeUser)).toEqual([...before, candidate.id].sort());

    await section.getByRole('button', { name: `Remove ${candidate.name}` }).click();
    await expect.poll(() => section.getByRole('button', { name: `Remove ${candidate.name}` }).count()).toBe(0);
    expect(await labelsOf(activeUser)).toEqual(before);
  });

  it('offers only labels of that user’s help center', async () => {
    const section = await open(DEMO.contacts.active, 'Labels');
    const offered = await section
      .getByRole('combobox', { name: 'Label to add' })
      .evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean));
    const ofMain = new Set(acmeWorld().labels.filter((l) => l.helpCenterId === DEMO.helpCenters.main).map((l) => l.id));
    expect(offered.length).toBeGreaterThan(0);
    for (const id of offered) expect(ofMain.has(id)).toBe(true);
  });
});
