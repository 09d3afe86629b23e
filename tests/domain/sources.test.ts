import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/domain/sources.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https addresses, normalised', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });
  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox'],
    ['file:///etc/passwd'],
    ['//example.org/no-scheme'],
    ['/relative/path'],
    ['not a url'],
    [''],
    [`https://example.org/${'x'.repeat(2001)}`],
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });
  it('refuses what is not a string', () => {
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
