// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test-support/stub-fetch.js';
import { startEarlyRequests, takeCertificate, takeMe } from './early-requests.js';

const ME = { kind: 'care', user: { userId: 'ajla' }, units: [] };
const CERTIFICATE = { id: 'c-1', type: 'lisjp', version: '2.0' };
const MODEL = { id: 'lisjp', version: '2.0', elements: [] };

/** A server that knows the session, the certificate c-1 and the lisjp 2.0 model; `loggedIn` may change. */
function server(state = { loggedIn: true }) {
  return stubFetch((url) => {
    if (!state.loggedIn) return { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Log in first.' } };
    if (url.pathname === '/api/me') return { body: ME };
    if (url.pathname === '/api/certificates/c-1') return { body: CERTIFICATE };
    if (url.pathname === '/api/certificates/c-1/model') return { body: MODEL };
    return { status: 404, body: { code: 'NOT_FOUND', message: 'Not found.' } };
  });
}

afterEach(() => {
  // Whatever a test left untaken must not reach the next one.
  takeMe().catch(() => undefined);
  takeCertificate('c-1').catch(() => undefined);
  vi.unstubAllGlobals();
});

describe('the early requests of the first screen', () => {
  it('on a certificate address asks for the session, the certificate and its model at once, before anything renders', async () => {
    const asked = server();
    startEarlyRequests('/certificates/c-1');
    await expect(takeCertificate('c-1')).resolves.toEqual({ certificate: CERTIFICATE, model: MODEL });
    await expect(takeMe()).resolves.toEqual(ME);
    expect(asked.map((url) => url.pathname)).toEqual([
      '/api/me',
      '/api/certificates/c-1/model',
      '/api/certificates/c-1',
    ]);
  });

  it('gives each answer once: the next ask, a reload of the page, fetches afresh', async () => {
    const asked = server();
    startEarlyRequests('/certificates/c-1');
    await takeCertificate('c-1');
    await takeCertificate('c-1');
    expect(asked.filter((url) => url.pathname === '/api/certificates/c-1')).toHaveLength(2);
  });

  it('asks for another certificate than the early one afresh, and for none on other pages', async () => {
    const asked = server();
    startEarlyRequests('/drafts');
    await takeMe();
    expect(asked.map((url) => url.pathname)).toEqual(['/api/me']);
    startEarlyRequests('/certificates/c-1');
    await expect(takeCertificate('c-2')).rejects.toMatchObject({ status: 404 });
  });

  it('asks again when the early request failed: the user has logged in since', async () => {
    const state = { loggedIn: false };
    server(state);
    startEarlyRequests('/certificates/c-1');
    await expect(takeMe()).rejects.toMatchObject({ status: 401 });
    state.loggedIn = true;
    await expect(takeCertificate('c-1')).resolves.toEqual({ certificate: CERTIFICATE, model: MODEL });
  });

  it('starts nothing for a certificate address that is not a valid URI component', async () => {
    const asked = server();
    startEarlyRequests('/certificates/%E0%A4%A');
    await takeMe();
    expect(asked.map((url) => url.pathname)).toEqual(['/api/me']);
  });
});
