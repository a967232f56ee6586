import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The project's own files as a contributor's clone has them: build output, installed packages and git's
// store are not the project.

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

const SKIPPED = new Set(['node_modules', '.output', '.wxt', '.git', 'artifacts', 'dist']);

/** Repository-relative paths (with `/`) of every file under `folders` ('' is the root) whose name matches `pattern`. */
export function repoFiles(folders: string[], pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(REPO_ROOT, relative), { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (pattern.test(entry.name)) found.push(child);
    }
  };
  for (const folder of folders) walk(folder);
  return found.sort();
}

export const readRepoFile = (relative: string) => readFileSync(path.join(REPO_ROOT, relative), 'utf8');
