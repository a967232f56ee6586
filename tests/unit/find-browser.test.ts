// @vitest-environment node
// Finding Chromium and Firefox where contributors have them, over a made-up file system.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, findBrowser, FIREFOX, type Machine } from '@/tooling/find-browser';

const machine = (files: string[], overrides: Partial<Machine> = {}): Machine => ({
  env: {},
  platform: 'linux',
  home: '/home/ada',
  exists: (file) => files.includes(file),
  ...overrides,
});

describe('finding a browser', () => {
  it('takes CHROMIUM_PATH / FIREFOX_PATH first, over any usual location', () => {
    const files = ['/usr/bin/chromium', '/opt/chrome/chrome', '/usr/bin/firefox-esr', '/opt/ff/firefox'];
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', FIREFOX_PATH: '/opt/ff/firefox' };
    expect(findBrowser(CHROMIUM, machine(files, { env }))).toEqual({ path: '/opt/chrome/chrome' });
    expect(findBrowser(FIREFOX, machine(files, { env }))).toEqual({ path: '/opt/ff/firefox' });
  });

  it('says so when the variable names a file that is not there, instead of looking elsewhere', () => {
    const found = findBrowser(CHROMIUM, machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope/chrome' } }));
    expect(found).toEqual({ missing: expect.stringContaining('CHROMIUM_PATH is set to /nope/chrome, which does not exist') });
  });

  it.each([
    [CHROMIUM, 'linux', '/usr/bin/chromium'],
    [CHROMIUM, 'linux', '/usr/bin/google-chrome-stable'],
    [CHROMIUM, 'linux', '/snap/bin/chromium'],
    [CHROMIUM, 'darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    [CHROMIUM, 'darwin', '/home/ada/Applications/Chromium.app/Contents/MacOS/Chromium'],
    [FIREFOX, 'linux', '/usr/bin/firefox-esr'],
    [FIREFOX, 'linux', '/usr/bin/firefox'],
    [FIREFOX, 'darwin', '/Applications/Firefox.app/Contents/MacOS/firefox'],
  ])('finds %s on %s at %s', (kind, platform, file) => {
    expect(findBrowser(kind, machine([file], { platform }))).toEqual({ path: file });
  });

  it('prefers Chromium to Chrome and ESR to the rolling Firefox when both are there', () => {
    expect(findBrowser(CHROMIUM, machine(['/usr/bin/google-chrome', '/usr/bin/chromium']))).toEqual({ path: '/usr/bin/chromium' });
    expect(findBrowser(FIREFOX, machine(['/usr/bin/firefox', '/usr/bin/firefox-esr']))).toEqual({ path: '/usr/bin/firefox-esr' });
  });

  it('does not take a Linux path on macOS or the other way round', () => {
    expect(findBrowser(CHROMIUM, machine(['/usr/bin/chromium'], { platform: 'darwin' }))).toHaveProperty('missing');
    expect(findBrowser(FIREFOX, machine(['/Applications/Firefox.app/Contents/MacOS/firefox']))).toHaveProperty('missing');
  });

  it('names what to install, in one sentence, when nothing is found', () => {
    for (const kind of [CHROMIUM, FIREFOX]) {
      const found = findBrowser(kind, machine([]));
      expect(found).toHaveProperty('missing');
      const sentence = 'missing' in found ? found.missing : '';
      expect(sentence).toMatch(/^No .+ found: install .+, or set (CHROMIUM|FIREFOX)_PATH to its executable\.$/);
      expect(sentence.split('\n')).toHaveLength(1);
    }
    expect(findBrowser(CHROMIUM, machine([], { platform: 'win32' }))).toHaveProperty('missing');
  });
});
