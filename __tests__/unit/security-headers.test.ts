import { NextRequest } from 'next/server';
import { contentSecurityPolicy, securityHeaders } from '../../lib/http/security-headers';
import { servedOverHttps } from '../../lib/site-url';
import { proxy } from '../../proxy';

// #6 §6. The browser side (pages and the playground working under the policy, /login not framable) is in
// __tests__/e2e/security-headers.e2e.ts and playground.e2e.ts.
const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('securityHeaders', () => {
  const production = { nonce: 'bm9uY2U=', https: false, development: false };

  it('forbids framing, sniffing and leaking full URLs to other sites', () => {
    const headers = securityHeaders(production);
    expect(headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    const csp = directives(headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it("scripts need this response's nonce: no 'unsafe-inline', and 'unsafe-eval' only in development", () => {
    expect(directives(contentSecurityPolicy(production)).get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(directives(contentSecurityPolicy({ ...production, development: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('inline styles are allowed (Mantine, Monaco) — with no nonce in style-src, which would disable them', () => {
    expect(directives(contentSecurityPolicy(production)).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('Strict-Transport-Security and upgrade-insecure-requests only when served over https', () => {
    expect(securityHeaders(production)['strict-transport-security']).toBeUndefined();
    expect(directives(contentSecurityPolicy(production)).has('upgrade-insecure-requests')).toBe(false);
    const https = securityHeaders({ ...production, https: true });
    expect(https['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(https['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });

  it('"served over https" means NEXTAUTH_URL says https (the one switch, also behind the Secure cookie)', () => {
    expect(servedOverHttps({ NEXTAUTH_URL: 'https://cursus.example.org' })).toBe(true);
    expect(servedOverHttps({ NEXTAUTH_URL: 'http://localhost:3000' })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
    expect(servedOverHttps({ NEXTAUTH_URL: 'not a url' })).toBe(false);
  });
});

describe('proxy', () => {
  const saved = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = saved;
  });

  const nonceOf = (csp: string | null) => csp?.match(/'nonce-([^']+)'/)?.[1];

  it('gives every response the headers with a fresh nonce, and hands the same CSP to the renderer', () => {
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    const first = proxy(new NextRequest('http://localhost:3000/login'));
    const second = proxy(new NextRequest('http://localhost:3000/login'));
    const csp = first.headers.get('content-security-policy');
    expect(nonceOf(csp)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonceOf(csp));
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('strict-transport-security')).toBeNull();
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonceOf(csp));
  });

  it('adds Strict-Transport-Security when NEXTAUTH_URL is https', () => {
    process.env.NEXTAUTH_URL = 'https://cursus.example.org';
    expect(proxy(new NextRequest('https://cursus.example.org/')).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
