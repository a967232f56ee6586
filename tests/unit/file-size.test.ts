// @vitest-environment node
// Small files with one job: shipped source stays readable in one sitting.
import { describe, expect, it } from 'vitest';
import { isTestFile, PRODUCTION } from '../support/import-rules';
import { readRepoFile, repoFiles } from '../support/repo-files';

const LIMIT = 250;

describe('shipped source files', () => {
  it(`are at most ${LIMIT} lines each`, () => {
    const files = repoFiles(PRODUCTION, /\.(ts|tsx|css)$/).filter((file) => !isTestFile(file));
    const long = files
      .map((file) => ({ file, lines: readRepoFile(file).split('\n').length }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
