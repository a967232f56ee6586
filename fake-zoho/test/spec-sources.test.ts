// @vitest-environment node
// The vendored specs are Zoho's files unchanged: each one listed in spec/SOURCES.md with its checksum, and no
// file there that the list does not name.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC_DIR } from '../oas';

const specRoot = path.dirname(SPEC_DIR);
const listed = new Map(
  [...readFileSync(path.join(specRoot, 'SOURCES.md'), 'utf8').matchAll(/^\| `([^`]+)` \| [^|]+ \| `([0-9a-f]{64})` \|$/gm)].map(
    (row) => [row[1]!, row[2]!],
  ),
);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(path.join(specRoot, file))).digest('hex');

describe('the vendored Zoho specs', () => {
  it('are exactly the files SOURCES.md lists', () => {
    const present = [...readdirSync(SPEC_DIR).map((file) => `v1.0/${file}`), 'README.zoho.md'].sort();
    expect([...listed.keys()].sort()).toEqual(present);
    expect(present).toContain('v1.0/Contact.json');
  });

  it.each([...listed])('%s is unchanged (sha256 as listed)', (file, checksum) => {
    expect(sha256(file)).toBe(checksum);
  });
});
