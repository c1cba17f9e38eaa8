import { CompactSign, compactVerify, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { StoredSigningKey } from '@intyg/store';
import { canonicalBytes, type SignedContent } from './signed-content.js';

/**
 * The signing port. This implementation signs with one server key (ES256); the
 * identity issue replaces it with per-user keys behind the same interface.
 */
export interface Signer {
  sign(content: SignedContent): Promise<string>;
  /** True when `jws` is a valid signature by a known key over exactly `content`. */
  verify(jws: string, content: SignedContent): Promise<boolean>;
  /** Public keys for anyone who wants to verify outside the API. */
  publicKeys(): { keys: JWK[] };
}

const ALGORITHM = 'ES256';

export async function generateSigningKey(): Promise<StoredSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const kid = crypto.randomUUID();
  return {
    kid,
    algorithm: ALGORITHM,
    privateJwk: await exportJWK(privateKey),
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
    createdAt: new Date().toISOString(),
  };
}

export async function createServerKeySigner(record: StoredSigningKey): Promise<Signer> {
  const privateKey = await importJWK(record.privateJwk as JWK, record.algorithm);
  const publicJwk = { ...record.publicJwk, kid: record.kid, alg: record.algorithm, use: 'sig' } as JWK;
  const publicKey = await importJWK(publicJwk, record.algorithm);
  const bytesEqual = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

  return {
    async sign(content) {
      return new CompactSign(canonicalBytes(content))
        .setProtectedHeader({ alg: record.algorithm, kid: record.kid, typ: 'intyg+jws' })
        .sign(privateKey);
    },
    async verify(jws, content) {
      try {
        const { payload, protectedHeader } = await compactVerify(jws, publicKey);
        return protectedHeader.kid === record.kid && bytesEqual(payload, canonicalBytes(content));
      } catch {
        return false;
      }
    },
    publicKeys: () => ({ keys: [publicJwk] }),
  };
}
