import path from 'node:path';
import { REPO_ROOT } from './repo-files';

// A project that reads a file beside itself only works on the machine it was written on. These find the ways a
// source file can name such a file: a parent-relative path literal, an import, or a path built from the file's
// own location.

const FOREIGN = [/\.\.\/shared\b/, /\/work\/(shared|main|wt\d)/];

const inside = (absolute: string) => absolute === REPO_ROOT || absolute.startsWith(`${REPO_ROOT}${path.sep}`);

/** Paths `source` (the text of `file`, repository-relative) names that lie outside the repository. */
export function outsideReferences(file: string, source: string): string[] {
  const dir = path.join(REPO_ROOT, path.dirname(file));
  const found = FOREIGN.flatMap((pattern) => (pattern.test(source) ? [`${file}: names ${pattern.source}`] : []));
  const relative = [
    // imports and re-exports
    ...[...source.matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]*)['"]/g)].map((match) => match[1]!),
    ...[...source.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g)].map((match) => match[1]!),
    // new URL('…', import.meta.url)
    ...[...source.matchAll(/new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)].map((match) => match[1]!),
    // path.resolve / path.join (import.meta.dirname, '…', '…')
    ...[...source.matchAll(/path\.(?:resolve|join)\(\s*import\.meta\.dirname\s*((?:,\s*['"][^'"]*['"]\s*)+)\)/g)].map((match) =>
      [...match[1]!.matchAll(/['"]([^'"]*)['"]/g)].map((part) => part[1]!).join('/'),
    ),
  ];
  for (const target of relative) {
    if (!inside(path.resolve(dir, target))) found.push(`${file}: ${target} resolves outside the repository`);
  }
  return found;
}

/** The paths among `read` (absolute) that lie outside the repository. */
export const outsideRoot = (read: string[]) => read.filter((absolute) => !inside(path.resolve(absolute)));
