import { MAX_REDIRECT_LENGTH, sitePath } from '../../lib/safe-redirect';

// #6 §1: the one decision behind every redirect. Each hostile target either leaves the site in a browser
// (directly, or once a proxy or router decodes it) or has no business in a redirect.
const HOSTILE: [string, unknown][] = [
  ['a backslash after the slash', '/\\evil.com'],
  ['a backslash further on', '/a\\..\\..\\evil.com'],
  ['an encoded backslash', '/%5Cevil.com'],
  ['an encoded backslash, lower case', '/%5cevil.com'],
  ['a double-encoded backslash', '/%255Cevil.com'],
  ['a triple-encoded backslash', '/%25255cevil.com'],
  ['an encoded slash', '/%2Fevil.com'],
  ['an encoded slash, lower case', '/%2fevil.com'],
  ['a double-encoded slash', '/%252Fevil.com'],
  ['an encoded slash inside the path', '/login/%2f%2fevil.com'],
  ['a tab (the browser drops it: //evil.com)', '/\t/evil.com'],
  ['an encoded tab', '/%09/evil.com'],
  ['a double-encoded tab', '/%2509/evil.com'],
  ['a newline', '/\n/evil.com'],
  ['an encoded carriage return', '/%0D/evil.com'],
  ['a NUL', '/%00/evil.com'],
  ['a space', '/ /evil.com'],
  ['an encoded space', '/%20/evil.com'],
  ['a no-break space', '/\u00a0/evil.com'],
  ['a zero-width space', '/\u200b/evil.com'],
  ['a right-to-left override', '/\u202emoc.live'],
  ['DEL', '/\u007f/evil.com'],
  ['a protocol-relative URL', '//evil.com'],
  ['a protocol-relative URL with a path', '//evil.com/login'],
  ['three slashes', '///evil.com'],
  ['an absolute URL', 'https://evil.com/'],
  ['an absolute URL, http', 'http://evil.com'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a JavaScript: URL in mixed case', 'JaVaScRiPt:alert(1)'],
  ['a javascript: URL after spaces', '  javascript:alert(1)'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['a scheme with no slash', 'http:evil.com'],
  ['a relative path', 'evil.com'],
  ['a dot-relative path', './login'],
  ['a backslash alone', '\\'],
  ['two backslashes', '\\\\evil.com'],
  ['a malformed %-sequence', '/%E0%A4%A'],
  ['a lone %', '/100%'],
  ['empty', ''],
  ['too long', `/${'a'.repeat(MAX_REDIRECT_LENGTH)}`],
  ['not a string (null)', null],
  ['not a string (array)', ['/login']],
];

// Paths of this site, as the UI and next-auth produce them.
const SAFE = ['/', '/login', '/playground', '/trainings/42?tab=sessions&first=10', '/page#section', '/search?q=caf%C3%A9'];

describe('sitePath', () => {
  it.each(HOSTILE)('refuses %s', (_label, target) => {
    expect(sitePath(target)).toBeNull();
    expect(sitePath(target, 'http://localhost:3000')).toBeNull();
  });

  it.each(SAFE)('keeps %s as it is', (target) => {
    expect(sitePath(target)).toBe(target);
  });

  it('with the site origin, an absolute URL of that very origin comes back as its path', () => {
    const origin = 'https://cursus.example.org';
    expect(sitePath(`${origin}/playground?x=1`, origin)).toBe('/playground?x=1');
    expect(sitePath(origin, origin)).toBe('/');
    expect(sitePath(`${origin}/`, origin)).toBe('/');
  });

  it.each([
    ['a look-alike host', 'https://cursus.example.org.evil.com/'],
    ['a look-alike port', 'https://cursus.example.org:3000/'],
    ['credentials in front of another host', 'https://cursus.example.org@evil.com/'],
    ['the other scheme', 'http://cursus.example.org/'],
    ['the origin followed by a backslash', 'https://cursus.example.org\\@evil.com'],
    ['the origin followed by //', 'https://cursus.example.org//evil.com'],
    ['the origin followed by an encoded backslash', 'https://cursus.example.org/%5Cevil.com'],
    ['no origin given', 'https://cursus.example.org/login'],
  ])('refuses %s, even with the site origin', (label, target) => {
    expect(sitePath(target, label === 'no origin given' ? undefined : 'https://cursus.example.org')).toBeNull();
  });
});
