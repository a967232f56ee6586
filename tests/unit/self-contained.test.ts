// @vitest-environment node
// The repository stands on its own: cloned into an empty folder, nothing it runs reads a file beside it.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { outsideReferences, outsideRoot } from '../support/outside-paths';
import { readRepoFile, REPO_ROOT, repoFiles } from '../support/repo-files';

const reads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const recorded = (read: (...args: never[]) => unknown) => (target: unknown, ...rest: unknown[]) => {
    reads.push(target instanceof URL ? target.pathname : String(target));
    return Reflect.apply(read, undefined, [target, ...rest]);
  };
  const wrapped = {
    readFileSync: recorded(real.readFileSync),
    readdirSync: recorded(real.readdirSync),
    existsSync: recorded(real.existsSync),
    statSync: recorded(real.statSync),
  };
  return { ...real, ...wrapped, default: { ...real, ...wrapped } };
});

describe('nothing reads outside the repository', () => {
  it('no source, script, configuration or document names a path outside it', () => {
    const files = [
      ...repoFiles([''], /\.(ts|tsx|js|mjs|cjs|md|sh|ya?ml|html)$/),
      '.ci/run',
      'package.json',
    ].filter((file) => !file.startsWith('fake-zoho/oas/spec/v1.0/'));
    expect(files).toContain('README.md');
    expect(files.flatMap((file) => outsideReferences(file, readRepoFile(file)))).toEqual([]);
  });

  // Built from pieces, so this file's own scan above does not find them.
  const up = (levels: number) => '../'.repeat(levels);
  it.each([
    ['fake-zoho/oas/load.ts', `path.resolve(import.meta.dirname, '${up(3)}shared/zoho-desk-oas/v1.0')`],
    ['scripts/demo.ts', "const specs = path.join(import.meta.dirname, '..', '..', 'specs');"],
    ['fake-zoho/agent-page/index.ts', `readFileSync(new URL('${up(3)}app.js', import.meta.url))`],
    ['tests/unit/x.test.ts', `import { x } from '${up(3)}elsewhere/x';`],
    ['.ci/run', `test -d ${up(1)}shared/zoho-desk-oas || exit 1`],
  ])('catches %s naming a path outside: %s', (file, line) => {
    expect(outsideReferences(file, line)).not.toEqual([]);
  });

  it('the fake Zoho, its specs and its worlds load from files inside it only', async () => {
    reads.length = 0;
    const { startFakeZoho } = await import('@/fake-zoho/server');
    const fake = await startFakeZoho({ port: 0 });
    await fake.close();
    expect(reads.map((read) => path.relative(REPO_ROOT, read))).toContain(path.join('fake-zoho', 'oas', 'spec', 'v1.0', 'Contact.json'));
    expect(outsideRoot(reads)).toEqual([]);
    expect(outsideRoot([path.join(REPO_ROOT, '..', 'shared', 'Contact.json')])).toHaveLength(1);
  });
});
