// @vitest-environment node
// Layers point one way: shipped code never reaches into tests, the fake Zoho or tooling; the Zoho client does
// not know the message router; one feature component does not import another.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, layerViolations, PRODUCTION, resolveImport } from '../support/import-rules';
import { readRepoFile, REPO_ROOT, repoFiles } from '../support/repo-files';

/** Whether a resolved specifier names a file of the repository, the way the bundler would find it. */
const existsInRepo = (target: string) =>
  ['', '.ts', '.tsx', '/index.ts'].some((ending) => existsSync(path.join(REPO_ROOT, `${target}${ending}`)));

describe('the import rules', () => {
  it('hold for every shipped source file', () => {
    const files = repoFiles(PRODUCTION, /\.tsx?$/);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => layerViolations(file, readRepoFile(file)))).toEqual([]);
  });

  // Each example imports a file that exists, added to the shipped file as it is: the check must fail on the real
  // tree with that one line more, not only on a made-up file.
  it.each([
    ['lib/config.ts', "import { startHarness } from '@/tests/support/zoho-harness';"],
    ['components/Badges/Badges.tsx', "import { usePanelOnFake } from '../../tests/support/panel-on-fake';"],
    ['entrypoints/background.ts', "import { DEMO } from '../fake-zoho/worlds';"],
    ['lib/page/desk-pages.ts', "const fake = await import('@/fake-zoho/server');"],
  ])('fails when %s imports test code or the fake Zoho: %s', (file, line) => {
    const target = resolveImport(file, importsOf(line)[0]!);
    expect(target !== null && existsInRepo(target), `${line} names no file of the repository`).toBe(true);
    const source = readRepoFile(file);
    expect(layerViolations(file, source)).toEqual([]);
    expect(layerViolations(file, `${line}\n${source}`)).toEqual([expect.stringMatching(/test support, the fake Zoho or tooling/)]);
  });

  it.each([
    ['lib/zoho/http.ts', "import { CallError } from '../messages/router';"],
    ['lib/auth/session.ts', "import type { Handlers } from '@/lib/background/handlers';"],
    ['components/Labels/Labels.tsx', "import { groupHeading } from '../Badges/Badges';"],
    ['components/Panel/Panel.tsx', "import { vi } from 'vitest';"],
  ])('catches %s importing what it must not: %s', (file, line) => {
    expect(layerViolations(file, `${line}\n`)).toHaveLength(1);
  });

  it('lets tests, shared components and the panel import what they need', () => {
    expect(layerViolations('lib/config.test.ts', "import { startHarness } from '@/tests/support/zoho-harness';")).toEqual([]);
    expect(layerViolations('components/Labels/Labels.tsx', "import { UserGroup } from '../common/Assignments';")).toEqual([]);
    expect(layerViolations('components/Panel/Panel.tsx', "import { LabelsSection } from '../Labels/Labels';")).toEqual([]);
  });
});
