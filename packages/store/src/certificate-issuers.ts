import type { IssuerRef } from '@intyg/core';
import type { Kysely } from 'kysely';
import { withinScope } from './certificate-statements.js';
import { decodeJsonObject } from './codec.js';
import type { DialectDescriptor } from './dialect.js';
import type { Database } from './schema.js';
import type { AccessScope, CertificateIssuers } from './types.js';

/**
 * Who created and who signed the certificates in scope, each person once, by name (the unit lists' author and
 * signer filters). Names come from the certificates themselves: a user id may be a dev-login id or an HSA id,
 * and only the certificates know whom they name. Two grouped index scans and one read of a document per person.
 */
export async function certificateIssuers(
  db: Kysely<Database>,
  d: DialectDescriptor,
  scope: AccessScope,
): Promise<CertificateIssuers> {
  const inScope = db.selectFrom('certificates').where((eb) => withinScope(eb, scope));
  const [created, signed] = await Promise.all([
    inScope
      .select((eb) => ['created_by as userId', eb.fn.max('id').as('id')])
      .groupBy('created_by')
      .execute(),
    inScope
      .where('signed_by', 'is not', null)
      .select((eb) => ['signed_by as userId', eb.fn.max('id').as('id')])
      .groupBy('signed_by')
      .execute(),
  ]);
  const ids = [...new Set([...created, ...signed].map((row) => row.id))];
  const documents = new Map<string, { createdBy: IssuerRef; signedBy: IssuerRef | null }>();
  if (ids.length > 0) {
    const rows = await db.selectFrom('certificates').select(['id', 'document']).where('id', 'in', ids).execute();
    for (const row of rows) documents.set(row.id, decodeJsonObject(d, row.document));
  }
  const people = (rows: readonly { userId: string | null; id: string }[], role: 'createdBy' | 'signedBy') =>
    rows
      .flatMap((row) => {
        const issuer = documents.get(row.id)?.[role];
        return row.userId === null || !issuer ? [] : [{ userId: row.userId, name: issuer.name }];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.userId.localeCompare(b.userId));
  return { creators: people(created, 'createdBy'), signers: people(signed, 'signedBy') };
}
