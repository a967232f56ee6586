// Zoho's ids are 64-bit. The spec types them as strings, but several schemas also allow integers, and
// JSON.parse would silently round 1892000000042032123 to a different id. So before parsing, every integer
// literal that a double cannot hold exactly is turned into a string literal: the id survives digit for digit,
// and a schema that expects a number for that field fails loudly instead of working with a wrong value.

/** JSON.parse that keeps integers beyond Number.MAX_SAFE_INTEGER as digit strings. Throws SyntaxError like JSON.parse. */
export function parseJsonLossless(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}

const NUMBER_START = /[-0-9]/;

export function quoteUnsafeIntegers(text: string): string {
  // Fast path: without a run of 16+ digits no integer can be unsafe.
  if (!/\d{16}/.test(text)) return text;
  let out = '';
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"') {
      // Skip a string literal, honouring escapes, so digits inside strings are never touched.
      i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (NUMBER_START.test(ch)) {
      const start = i;
      i++;
      while (i < n && /[0-9.eE+-]/.test(text[i]!)) i++;
      const token = text.slice(start, i);
      if (/^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token))) {
        out += `${text.slice(last, start)}"${token}"`;
        last = i;
      }
      continue;
    }
    i++;
  }
  return last === 0 ? text : out + text.slice(last);
}
