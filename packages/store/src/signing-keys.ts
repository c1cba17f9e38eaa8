import type { Kysely } from 'kysely';
import { decodeTimestamp, encodeJson } from './codec.js';
import type { DialectDescriptor } from './dialect.js';
import type { Database } from './schema.js';
import type { StoredSigningKey } from './types.js';

export class SigningKeyQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
  ) {}

  /**
   * Racing creators all insert generation 1; the unique generation lets one win and the others' inserts
   * do nothing, so every caller then reads the same key.
   */
  async getOrCreate(create: () => Promise<StoredSigningKey>): Promise<StoredSigningKey> {
    const existing = await this.newest();
    if (existing !== undefined) {
      return existing;
    }
    const key = await create();
    await this.db
      .insertInto('signing_keys')
      .values({
        kid: key.kid,
        generation: 1,
        algorithm: key.algorithm,
        private_jwk: encodeJson(key.privateJwk),
        public_jwk: encodeJson(key.publicJwk),
        created_at: this.d.encodeTimestamp(key.createdAt),
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const stored = await this.newest();
    if (stored === undefined) {
      throw new Error('Signing key missing right after it was stored.');
    }
    return stored;
  }

  private async newest(): Promise<StoredSigningKey | undefined> {
    const row = await this.db
      .selectFrom('signing_keys')
      .selectAll()
      .orderBy('generation', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row === undefined) {
      return undefined;
    }
    return {
      kid: row.kid,
      algorithm: row.algorithm,
      privateJwk: JSON.parse(row.private_jwk),
      publicJwk: JSON.parse(row.public_jwk),
      createdAt: decodeTimestamp(row.created_at),
    };
  }
}
