import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Role } from '@intyg/core';
import { openTestStore, type TestStore } from '@intyg/store/test-support';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  appRoutes,
  MATRIX_USERS,
  MatrixRunner,
  NOT_APPLICABLE,
  routeKey,
  SCOPE_TITLES,
  SCOPES,
  type Outcome,
  type Route,
  type Scope,
} from '../test-support/authorization-matrix.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * The authorization matrix (issue 3, "Done when"): every route of the running app × every role × a
 * certificate at the user's own unit, at another unit of the same care provider, and at another care
 * provider. Each combination gets its own freshly prepared certificate (a complete lisjp draft) and
 * must answer as EXPECTED says. The results are rendered into docs/authorization.md; the test fails
 * when the committed file differs, and `UPDATE_DOCS=1` rewrites it instead.
 *
 * SQLite only: the matrix is about the HTTP layer and the service's decisions, and one database keeps
 * it fast. The storage-level scoping it relies on is covered on both dialects by the store's contract
 * tests (packages/store/src/scope.contract.test.ts).
 */

/** Outcomes for own unit, other unit of the same care provider, other care provider, space-separated. */
type Row = `${string} ${string} ${string}`;

const ROLES: readonly Role[] = ['doctor', 'nurse', 'careAdmin', 'midwife', 'dentist', 'privateDoctor'];
const everyone = (row: Row): Record<Role, Row> =>
  Object.fromEntries(ROLES.map((role) => [role, row])) as Record<Role, Row>;
/** A certificate route: only the own unit's certificate is found; anything else is 404, never 403. */
const onlyOwnUnit = (own: Partial<Record<Role, string>>, otherwise: string): Record<Role, Row> =>
  Object.fromEntries(ROLES.map((role) => [role, `${own[role] ?? otherwise} 404 404`])) as Record<Role, Row>;

/**
 * What each route answers, per role. A private doctor's care provider has one unit only, so her
 * "other unit of the same care provider" column is always n/a, whatever the row says.
 */
const EXPECTED: Record<string, Record<Role, Row>> = {
  // Public or session-wide: the same for everyone, wherever the certificate is.
  'GET /.well-known/jwks.json': everyone('200 200 200'),
  'GET /health': everyone('200 200 200'),
  'GET /api/me': everyone('200 200 200'),
  'GET /api/session/units': everyone('200 200 200'),
  'POST /api/logout': everyone('204 204 204'),
  'GET /api/dev/users': everyone('200 200 200'),
  // No OpenID Connect provider is configured in tests: both redirect to the web app's login error.
  'GET /auth/login': everyone('302 302 302'),
  'GET /auth/callback': everyone('302 302 302'),
  'GET /api/certificate-types': everyone('200 200 200'),
  'GET /api/certificate-types/:type/:version': everyone('200 200 200'),
  'GET /api/patients': everyone('200 200 200'),
  'GET /api/patients/:personId': everyone('200 200 200'),
  // Decision support is reference data: every logged-in user, wherever they work.
  'GET /api/diagnoses': everyone('200 200 200'),
  'GET /api/fmb/:code': everyone('200 200 200'),
  'GET /api/icf': everyone('200 200 200'),
  // The public verification of a printout's QR code: no login, issued certificates only (a draft is unknown).
  'GET /api/verify/:id': everyone('404 404 404'),
  'GET /verify/:id': everyone('404 404 404'),
  // Systems, not people, call the national contracts: a session is no system key.
  'POST /riv/RegisterCertificate/3': everyone('401 401 401'),
  'POST /riv/SendMessageToCare/2': everyone('401 401 401'),
  // Only a log reviewer (logggranskare) reads the audit log; no role is one by itself.
  'GET /api/admin/audit': everyone('403 403 403'),
  'GET /api/admin/audit/verify': everyone('403 403 403'),
  // Working at a unit needs a commission there: the own unit only.
  'POST /api/session/unit': everyone('200 422 422'),
  'POST /api/dev/login': { ...everyone('200 422 422'), privateDoctor: '422 422 422' }, // BankID only
  // The list is always the own unit's: the other units' certificates are not in it.
  'GET /api/certificates': everyone('200·listed 200·not·listed 200·not·listed'),
  'POST /api/certificates': everyone('201 201 201'),
  // A count of the own unit's certificates: no patient's data.
  'GET /api/certificates/count': everyone('200 200 200'),
  // Who created and signed the own unit's certificates, for the lists' filters: staff names, no patient's data.
  'GET /api/certificates/issuers': everyone('200 200 200'),
  'GET /api/certificates/:id': onlyOwnUnit({}, '200'),
  'GET /api/certificates/:id/events': onlyOwnUnit({}, '200'),
  // The model the certificate is written in: no patient's data, but it says the certificate exists.
  'GET /api/certificates/:id/model': onlyOwnUnit({}, '200'),
  'GET /api/certificates/:id/signature': onlyOwnUnit({}, '200'),
  // The national XML exists only for a signed certificate; the matrix's certificate is a draft.
  'GET /api/certificates/:id/xml': onlyOwnUnit({}, '409'),
  // Printing is reading: every role prints its own unit's certificates, drafts too.
  'GET /api/certificates/:id/pdf': onlyOwnUnit({}, '200'),
  'POST /api/certificates/:id/validate': onlyOwnUnit({}, '200'),
  'PUT /api/certificates/:id': onlyOwnUnit({}, '200'),
  'DELETE /api/certificates/:id': onlyOwnUnit({}, '204'),
  // Nurses, midwives and care administrators write drafts and mark them ready, but never sign.
  'POST /api/certificates/:id/sign': onlyOwnUnit({ doctor: '200', dentist: '200', privateDoctor: '200' }, '403'),
  'POST /api/certificates/:id/ready-for-sign': onlyOwnUnit({ nurse: '200', careAdmin: '200', midwife: '200' }, '403'),
  // Every role may send a signed certificate (domain.md §2.9); the matrix's certificate is a draft.
  'GET /api/certificates/:id/send': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/send': onlyOwnUnit({}, '403'),
  'GET /api/certificates/:id/deliveries': onlyOwnUnit({}, '200'),
  'GET /api/certificates/:id/sending': onlyOwnUnit({}, '200'),
  // The lifecycle after signing: the matrix's draft is neither signed nor locked, so each is refused with 403.
  'POST /api/certificates/:id/renew': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/replace': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/complement': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/copy': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/create-draft': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/revoke': onlyOwnUnit({}, '403'),
  // Messages with the recipient follow the certificate: every role reads and handles its own unit's; asking and
  // answering need a signed certificate that was sent (the matrix's draft is refused with 403).
  'GET /api/certificates/:id/messages': onlyOwnUnit({}, '200'),
  'POST /api/certificates/:id/messages': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/messages/:messageId/answer': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/messages/:messageId/cannot-complement': onlyOwnUnit({}, '403'),
  'POST /api/certificates/:id/messages/:messageId/handled': onlyOwnUnit({}, '200'),
  // The unit's list of questions waiting for care: always the own unit's.
  'GET /api/messages': everyone('200·listed 200·not·listed 200·not·listed'),
  'GET /api/messages/count': everyone('200 200 200'),
  // The unit's status webhooks are an integration setting (manageWebhooks): signers and care administrators, at
  // their own unit only (the case's unit is where the webhook removed lives); nurses and midwives are refused.
  'GET /api/webhooks': { ...everyone('200 200 200'), nurse: '403 403 403', midwife: '403 403 403' },
  'POST /api/webhooks': { ...everyone('201 201 201'), nurse: '403 403 403', midwife: '403 403 403' },
  'DELETE /api/webhooks/:id': { ...everyone('204 404 404'), nurse: '403 403 403', midwife: '403 403 403' },
};

function expected(route: Route, role: Role, scope: Scope, applicable: boolean): Outcome {
  if (!applicable) return NOT_APPLICABLE;
  const row = EXPECTED[routeKey(route)]?.[role];
  if (row === undefined) return 'no expectation';
  return row.split(' ')[SCOPES.indexOf(scope)]!.replaceAll('·', ' ');
}

const DOCS_FILE = new URL('../../../../docs/authorization.md', import.meta.url);

/** The markdown as the repository's Prettier settings format it, so `prettier --check .` accepts it. */
async function render(routes: readonly Route[], results: ReadonlyMap<string, Outcome>): Promise<string> {
  const lines = [
    '# Authorization matrix',
    '',
    '<!-- GENERATED FILE: do not edit. -->',
    '',
    'Generated by `packages/server/src/http/authorization-matrix.test.ts`, which fails when this file differs',
    'from what the app answers. To regenerate it after an intended change, run',
    '`UPDATE_DOCS=1 npx vitest run packages/server/src/http/authorization-matrix.test.ts`.',
    '',
    'Every route of the app × every role × where the certificate the request is about lives, seen from the',
    "user's unit. Each cell is the HTTP status of a valid request about a freshly prepared complete lisjp",
    "draft; for the certificate list, whether that certificate was listed. Another unit's certificate is",
    '404, not 403, so that its existence is not revealed. n/a: there is no such unit (the private',
    "doctor's care provider has one unit). Users: " +
      MATRIX_USERS.map((user) => `${user.role} = ${user.description}`).join(', ') +
      '.',
    '',
    `| Route | Role | ${SCOPES.map((scope) => SCOPE_TITLES[scope]).join(' | ')} |`,
    `| --- | --- | ${SCOPES.map(() => '---').join(' | ')} |`,
  ];
  for (const route of routes) {
    for (const user of MATRIX_USERS) {
      const cells = SCOPES.map((scope) => results.get(caseKey(route, user.role, scope)));
      lines.push(`| \`${routeKey(route)}\` | ${user.role} | ${cells.join(' | ')} |`);
    }
  }
  const options = await resolveConfig(fileURLToPath(DOCS_FILE));
  return format(`${lines.join('\n')}\n`, { ...options, parser: 'markdown' });
}

const caseKey = (route: Route, role: Role, scope: Scope) => `${routeKey(route)} ${role} ${scope}`;

let db: TestStore;
let t: TestApp;
let routes: Route[];

beforeAll(async () => {
  db = await openTestStore('sqlite');
  t = await openTestApp(db.store);
  await t.app.ready();
  routes = appRoutes(t.app);
});

afterAll(async () => {
  await t.close();
  await db.destroy();
});

it('has an expectation for every route of the app, and none for a route it lacks', () => {
  expect(routes.length).toBeGreaterThan(20);
  expect(routes.map(routeKey)).toEqual(expect.arrayContaining(['GET /api/certificates/:id', 'GET /api/session/units']));
  expect(routes.map(routeKey).sort()).toEqual(Object.keys(EXPECTED).sort());
  expect(MATRIX_USERS.map((user) => user.role)).toEqual(ROLES);
});

it('answers every route × role × scope as expected, and docs/authorization.md shows it', async () => {
  const runner = new MatrixRunner(t);
  await runner.prepare();
  const results = new Map<string, Outcome>();
  const mismatches: string[] = [];
  for (const route of routes) {
    for (const user of MATRIX_USERS) {
      for (const scope of SCOPES) {
        const actual = await runner.run({ route, user, scope });
        results.set(caseKey(route, user.role, scope), actual);
        const want = expected(route, user.role, scope, user.units[scope] !== undefined);
        if (actual !== want)
          mismatches.push(`${routeKey(route)} as ${user.role} (${scope}): ${actual}, expected ${want}`);
      }
    }
  }
  expect(mismatches).toEqual([]);

  const generated = await render(routes, results);
  if (process.env['UPDATE_DOCS'] === '1') writeFileSync(DOCS_FILE, generated);
  const committed = readFileSync(DOCS_FILE, 'utf8');
  expect(committed, 'docs/authorization.md is stale: run the test with UPDATE_DOCS=1').toBe(generated);
}, 60_000);
