import { describe, expect, it } from 'vitest';
import { helmetHeaders, SECURITY_HEADERS } from './security-headers.js';

describe('security headers', () => {
  it("captures helmet's own defaults when given no options of ours", () => {
    const defaults = helmetHeaders({});
    expect(defaults['x-frame-options']).toBe('SAMEORIGIN');
    expect(defaults['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(defaults['strict-transport-security']).toMatch(/^max-age=\d+/);
  });

  it('sends our policy: no framing, no referrer, scripts only from the app, plain http allowed on localhost', () => {
    expect(SECURITY_HEADERS['x-frame-options']).toBe('DENY');
    expect(SECURITY_HEADERS['referrer-policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['content-security-policy']).toContain("script-src 'self';");
    expect(SECURITY_HEADERS['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(SECURITY_HEADERS['x-content-type-options']).toBe('nosniff');
  });
});
