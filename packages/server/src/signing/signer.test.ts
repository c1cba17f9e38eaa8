import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import type { SignedContent } from './signed-content.js';
import { createServerKeySigner, generateSigningKey } from './signer.js';

const content: SignedContent = {
  certificateId: '00000000-0000-4000-8000-000000000001',
  type: 'lisjp',
  version: '2.0',
  patient: { personId: '191212121212', name: 'Tolvan Tolvansson' },
  unit: { unitId: 'u', unitName: 'Alfa Vårdcentral', careProviderId: 'c', careProviderName: 'Alfa Regionen' },
  signedBy: { userId: 'ajla', hsaId: 'HSA-1', name: 'Ajla Doktor' },
  signedAt: '2025-10-01T10:00:00.000Z',
  answers: { '25': 'Åäö', '28': ['STUDIER'], '33': false },
};

describe('server-key signer', () => {
  it('makes a standard ES256 compact JWS that an independent implementation verifies', async () => {
    const key = await generateSigningKey();
    const signer = await createServerKeySigner(key);
    const jws = await signer.sign(content);
    expect(decodeProtectedHeader(jws)).toEqual({ alg: 'ES256', kid: key.kid, typ: 'intyg+jws' });
    const { payload } = await compactVerify(jws, await importJWK(signer.publicKeys().keys[0]!, 'ES256'));
    // The payload is the RFC 8785 canonical JSON: keys sorted, no spaces.
    const text = new TextDecoder().decode(payload);
    expect(text.startsWith('{"answers":{"25":"Åäö","28":["STUDIER"],"33":false},"certificateId"')).toBe(true);
    expect(await signer.verify(jws, content)).toBe(true);
  });

  it('rejects a signature over other content, a tampered signature and another key', async () => {
    const signer = await createServerKeySigner(await generateSigningKey());
    const other = await createServerKeySigner(await generateSigningKey());
    const jws = await signer.sign(content);
    expect(await signer.verify(jws, { ...content, answers: { ...content.answers, '25': 'Ändrad' } })).toBe(false);
    expect(await signer.verify(`${jws.slice(0, -4)}AAAA`, content)).toBe(false);
    expect(await other.verify(jws, content)).toBe(false);
  });

  it('signs with a key restored from its stored JWKs', async () => {
    const key = await generateSigningKey();
    const first = await createServerKeySigner(key);
    const restored = await createServerKeySigner(JSON.parse(JSON.stringify(key)));
    expect(await restored.verify(await first.sign(content), content)).toBe(true);
  });
});
