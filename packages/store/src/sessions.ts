import type { Kysely } from 'kysely';
import { decodeJsonObject, decodeTimestamp, encodeJson } from './codec.js';
import type { DialectDescriptor } from './dialect.js';
import type { Database } from './schema.js';
import type { NewSession, StoredSession } from './types.js';

/** A session is expired at and after its `expiresAt`. */
export class SessionQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
  ) {}

  async create(session: NewSession): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        data: encodeJson(session.data),
        created_at: this.d.encodeTimestamp(session.createdAt ?? new Date().toISOString()),
        expires_at: this.d.encodeTimestamp(session.expiresAt),
      })
      .execute();
  }

  async get(id: string, now: string): Promise<StoredSession | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', this.d.encodeTimestamp(now))
      .executeTakeFirst();
    if (row === undefined) {
      return undefined;
    }
    return {
      id: row.id,
      userId: row.user_id,
      data: decodeJsonObject(this.d, row.data),
      createdAt: decodeTimestamp(row.created_at),
      expiresAt: decodeTimestamp(row.expires_at),
    };
  }

  async extend(id: string, expiresAt: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('sessions')
      .set({ expires_at: this.d.encodeTimestamp(expiresAt) })
      .where('id', '=', id)
      .where('expires_at', '>', this.d.encodeTimestamp(now))
      .where('expires_at', '<', this.d.encodeTimestamp(expiresAt))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteExpired(now: string): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('expires_at', '<=', this.d.encodeTimestamp(now))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
