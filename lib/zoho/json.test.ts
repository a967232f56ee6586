import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonLossless, quoteUnsafeIntegers } from './json';

describe('lossless JSON', () => {
  it('keeps 64-bit ids that a double would round, digit for digit', () => {
    const parsed = parseJsonLossless('{"id":1892000000042032123,"small":42,"data":[{"userId":9007199254740993}]}') as Record<string, unknown>;
    expect(parsed.id).toBe('1892000000042032123');
    expect(parsed.small).toBe(42);
    expect(parsed.data).toEqual([{ userId: '9007199254740993' }]);
  });

  it('leaves safe integers, decimals, negatives and strings alone', () => {
    const text = '{"a":9007199254740991,"b":-12345678901234567890,"c":1.2345678901234567890,"d":"12345678901234567890","e":"x\\"1234567890123456789"}';
    const parsed = parseJsonLossless(text) as Record<string, unknown>;
    expect(parsed.a).toBe(9007199254740991);
    expect(parsed.b).toBe('-12345678901234567890');
    expect(parsed.c).toBeCloseTo(1.2345678901234567);
    expect(parsed.d).toBe('12345678901234567890');
    expect(parsed.e).toBe('x"1234567890123456789');
  });

  it('still throws on malformed JSON', () => {
    expect(() => parseJsonLossless('{"data":[{"id":"1","name":')).toThrow(SyntaxError);
  });

  it('agrees with JSON.parse on any JSON, except that unsafe integers become their digits', () => {
    const unsafeAsDigits = (_key: string, value: unknown) =>
      typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) < 1e21 ? String(value) : value;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonLossless(text)).toEqual(JSON.parse(text, unsafeAsDigits));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps any 64-bit unsigned id exact', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (id) => {
        const parsed = parseJsonLossless(`{"id":${id}}`) as { id: unknown };
        expect(String(parsed.id)).toBe(id.toString());
      }),
    );
    expect(quoteUnsafeIntegers('[1,2]')).toBe('[1,2]');
  });
});
