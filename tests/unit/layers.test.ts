// @vitest-environment node
// Layers point one way: shipped code never reaches into tests, the fake Zoho or tooling; the Zoho client does
// not know the message router; one feature component does not import another.
import { describe, expect, it } from 'vitest';
import { layerViolations, PRODUCTION } from '../support/import-rules';
import { readRepoFile, repoFiles } from '../support/repo-files';

describe('the import rules', () => {
  it('hold for every shipped source file', () => {
    const files = repoFiles(PRODUCTION, /\.tsx?$/);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => layerViolations(file, readRepoFile(file)))).toEqual([]);
  });

  it.each([
    ['lib/config.ts', "import { startHarness } from '@/tests/support/zoho-harness';"],
    ['components/Badges/Badges.tsx', "import { page } from '../../tests/support/fake-api';"],
    ['entrypoints/background.ts', "import { DEMO } from '../fake-zoho/worlds';"],
    ['lib/page/desk-pages.ts', "const fake = await import('@/fake-zoho/server');"],
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
