import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { openTestStore, type TestStore } from '@intyg/store/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * The built web app as the server sends it: the build's precompressed files to browsers that take them (with
 * `Vary: Accept-Encoding`), hashed assets cached for good, index.html asked again each time, and client-side
 * routes answered with index.html while unknown API routes stay JSON 404s.
 */
describe('serving the web app', () => {
  const INDEX = '<!doctype html><html lang="sv"><body><div id="root"></div></body></html>';
  const SCRIPT = `console.log(${JSON.stringify('Intyg '.repeat(200))});`;
  let dist: string;
  let db: TestStore;
  let t: TestApp;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'intyg-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    for (const [file, content] of [
      ['index.html', INDEX],
      ['assets/index-abc123.js', SCRIPT],
    ] as const) {
      const target = path.join(dist, file);
      writeFileSync(target, content);
      writeFileSync(`${target}.br`, brotliCompressSync(content));
      writeFileSync(`${target}.gz`, gzipSync(content));
    }
    db = await openTestStore('sqlite');
    t = await openTestApp(db.store, { env: { INTYG_WEB_DIST: dist } });
  });
  afterAll(async () => {
    await t?.close();
    await db?.destroy();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends an asset brotli-compressed to a browser that takes it, cached for a year as it never changes', async () => {
    const response = await t.app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^application\/javascript/);
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip, or the file itself, to browsers that take nothing better', async () => {
    const gzip = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await t.app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('answers a client-side route with index.html, asked again on every visit', async () => {
    const response = await t.app.inject({
      url: '/certificates/7f1c2a4e-0000-4000-8000-000000000000',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
  });

  it('keeps unknown API routes and missing assets JSON 404s', async () => {
    const cookie = await t.login('ajla');
    for (const url of ['/api/no-such-route', '/assets/missing-123.js']) {
      const response = await t.app.inject({ url, headers: { cookie } });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
