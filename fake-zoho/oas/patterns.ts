// Zoho's specs are generated from Java validators: their `pattern`s use Java-only syntax (\P{InBasicLatin}),
// HTML-escaped characters (&amp;) and identity escapes like `\!` that a JS RegExp in unicode mode (Ajv's default)
// refuses. This rewrites a pattern into an equivalent JS one, or returns null when it still does not compile.

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

// Characters that keep their backslash under the `u` flag (anywhere / inside a class only).
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);

// Java block names we have seen, as code point ranges usable inside a character class.
const JAVA_BLOCKS: Record<string, string> = { InBasicLatin: '\\u{0}-\\u{7F}' };
const NOT_JAVA_BLOCKS: Record<string, string> = { InBasicLatin: '\\u{80}-\\u{10FFFF}' };

export function rewritePattern(javaPattern: string): string {
  let source = javaPattern;
  for (const [entity, char] of Object.entries(HTML_ENTITIES)) source = source.split(entity).join(char);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c !== '\\') {
      if (c === '[' && !inClass) inClass = true;
      else if (c === ']' && inClass) inClass = false;
      out += c;
      continue;
    }
    const next = source[i + 1];
    if (next === undefined) {
      out += '\\\\';
      break;
    }
    if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
      const end = source.indexOf('}', i + 3);
      const name = end > 0 ? source.slice(i + 3, end) : '';
      const table = next === 'P' ? NOT_JAVA_BLOCKS : JAVA_BLOCKS;
      const range = table[name];
      if (range !== undefined) {
        out += inClass ? range : `[${range}]`;
        i = end;
        continue;
      }
      // \p{L} and friends are valid JS unicode property escapes: keep them as they are.
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (/[0-9a-zA-Z]/.test(next) || SYNTAX.has(next) || (next === '-' && inClass)) {
      out += c + next;
    } else {
      // An identity escape of a character that needs none (\!, \#, \', \_ …): drop the backslash.
      out += next;
    }
    i++;
  }
  return out;
}

/** The JS form of a spec pattern, or null if even the rewritten pattern does not compile with the `u` flag. */
export function jsPattern(javaPattern: string): string | null {
  const rewritten = rewritePattern(javaPattern);
  try {
    new RegExp(rewritten, 'u');
    return rewritten;
  } catch {
    return null;
  }
}
