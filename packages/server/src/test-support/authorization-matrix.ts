import { newMessage, type Certificate, type Role } from '@intyg/core';
import type { FastifyInstance } from 'fastify';
import { resolveBankIdLogin } from '../auth/login-resolution.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { PRIVATE_PRACTICE_UNIT_ID } from '../directory/hsa-test-data.js';
import { findUnit } from '../directory/test-directory.js';
import { json, LISJP, TEST_NOW, type TestApp } from './test-app.js';

/**
 * The authorization matrix: every route of the running app × every role × where the certificate the
 * request is about lives, seen from the user's unit. Drives the app in-process; see
 * `http/authorization-matrix.test.ts` for the expectations and `docs/authorization.md` for the result.
 */
export type Scope = 'own' | 'sibling' | 'foreign';
export const SCOPES: readonly Scope[] = ['own', 'sibling', 'foreign'];
export const SCOPE_TITLES: Record<Scope, string> = {
  own: 'own unit',
  sibling: 'other unit, same care provider',
  foreign: 'other care provider',
};

const ALFA = 'TSTNMT2321000156';
const ALVC = `${ALFA}-ALVC`;
const ALMC = `${ALFA}-ALMC`;
const ALTC = `${ALFA}-ALTC`;
const TOLVAN = '191212121212';
const PETRA_PRIVAT = { personId: '195206172339', name: 'Petra Privat' };

export interface MatrixUser {
  readonly role: Role;
  /** A dev-login user id (or HSA id); undefined for the private doctor, who logs in with BankID only. */
  readonly userId: string | undefined;
  readonly description: string;
  /** The unit the user works in, and the units the other scopes mean for them (none: no such unit). */
  readonly units: Record<Scope, string | undefined>;
}

/** One test person per role, from the HSA test directory and the HOSP test register. */
export const MATRIX_USERS: readonly MatrixUser[] = [
  { role: 'doctor', userId: 'ajla', description: 'Ajla Doktor', units: units(ALVC, ALMC) },
  { role: 'nurse', userId: 'anna', description: 'Anna Sjuksköterska', units: units(ALVC, ALMC) },
  { role: 'careAdmin', userId: 'vera', description: 'Vera Vårdadministratör', units: units(ALVC, ALMC) },
  { role: 'midwife', userId: `${ALFA}-BMBE`, description: 'Bertil Barnmorska', units: units(ALMC, ALVC) },
  { role: 'dentist', userId: `${ALFA}-TLTA`, description: 'Tage Tandläkare', units: units(ALTC, ALVC) },
  {
    role: 'privateDoctor',
    userId: undefined,
    description: 'Petra Privat',
    // Her care provider has one unit only: there is no "other unit of the same care provider".
    units: { own: PRIVATE_PRACTICE_UNIT_ID, sibling: undefined, foreign: ALVC },
  },
];

function units(own: string, sibling: string): Record<Scope, string | undefined> {
  return { own, sibling, foreign: PRIVATE_PRACTICE_UNIT_ID };
}

/** A route as the app has it, e.g. `GET /api/certificates/:id`. */
export interface Route {
  readonly method: string;
  readonly url: string;
}

export const routeKey = (route: Route) => `${route.method} ${route.url}`;

/** Routes about one of a certificate's messages, and the unit's list of them. */
const MESSAGE_ROUTES = /:messageId|^GET \/api\/messages$/;

/**
 * Every route of the app, read from Fastify's route tree (`printRoutes`), so a route added later shows
 * up here without anyone listing it. HEAD routes (Fastify adds one per GET) and the OpenAPI viewer
 * under /api/docs (static documentation, no data) are left out.
 */
export function appRoutes(app: FastifyInstance): Route[] {
  const routes: Route[] = [];
  const prefixes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^(.*?)[├└]── (.*) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const url = (prefixes[depth - 1] ?? '') + match[2]!;
    prefixes[depth] = url;
    prefixes.length = depth + 1;
    for (const method of match[3]!.split(', ')) {
      if (method !== 'HEAD' && !url.startsWith('/api/docs')) routes.push({ method, url });
    }
  }
  return routes.sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
}

export interface MatrixCase {
  readonly route: Route;
  readonly user: MatrixUser;
  readonly scope: Scope;
}

/** What a request gave: its status, and for the list whether the case's certificate was in it. */
export type Outcome = string;

export const NOT_APPLICABLE: Outcome = 'n/a';

/** The matrix runner over a test app: prepares one certificate per case and makes the case's request. */
export class MatrixRunner {
  private template: Certificate | undefined;
  private sequence = 0;

  constructor(private readonly t: TestApp) {}

  /** A complete lisjp draft at Alfa Vårdcentral, created and filled through the API. */
  async prepare(): Promise<void> {
    const doctor = await this.t.login('ajla');
    const created = json<{ id: string }>(
      await this.t.app.inject({
        method: 'POST',
        url: '/api/certificates',
        headers: { cookie: doctor },
        payload: { type: 'lisjp', patientId: TOLVAN },
      }),
    );
    await this.t.app.inject({
      method: 'PUT',
      url: `/api/certificates/${created.id}`,
      headers: { cookie: doctor },
      payload: { revision: 1, answers: LISJP.minimal },
    });
    this.template = await this.t.system.store.getCertificate(created.id, { unitIds: [ALVC] });
    if (this.template?.complete !== true) throw new Error('The matrix template draft is not complete');
  }

  async run({ route, user, scope }: MatrixCase): Promise<Outcome> {
    const unitId = user.units[scope];
    if (unitId === undefined) return NOT_APPLICABLE;
    const certificate = await this.certificateAt(unitId);
    const cookie = await this.login(user);
    // A webhook route is about a webhook of the case's unit rather than a certificate.
    const id = route.url.startsWith('/api/webhooks/') ? await this.webhookAt(unitId) : certificate.id;
    // A message route is about a message from the recipient on the case's certificate.
    const messageId = MESSAGE_ROUTES.test(routeKey(route)) ? await this.messageOn(certificate) : undefined;
    const path = route.url
      .replace(':id', id)
      .replace(':personId', TOLVAN)
      .replace(':messageId', messageId ?? '');
    const request = requestFor(route, path, certificate, unitId, user);
    const response = await this.t.app.inject({
      method: route.method as 'GET',
      url: request.url,
      headers: { cookie },
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
    if (routeKey(route) === 'GET /api/certificates' && response.statusCode === 200) {
      const listed = json<{ items: { id: string }[] }>(response).items.some((item) => item.id === certificate.id);
      return `${response.statusCode} ${listed ? 'listed' : 'not listed'}`;
    }
    if (routeKey(route) === 'GET /api/messages' && response.statusCode === 200) {
      const listed = json<{ items: { id: string }[] }>(response).items.some((item) => item.id === messageId);
      return `${response.statusCode} ${listed ? 'listed' : 'not listed'}`;
    }
    return String(response.statusCode);
  }

  /** A fresh copy of the template at the unit, changed last of all so it heads its unit's list. */
  private async certificateAt(unitId: string): Promise<Certificate> {
    const unit = findUnit(unitId);
    if (!unit || !this.template) throw new Error(`No unit ${unitId} or no template`);
    this.sequence += 1;
    const updatedAt = new Date(Date.parse(TEST_NOW) + this.sequence * 1000).toISOString();
    const certificate: Certificate = {
      ...this.template,
      id: crypto.randomUUID(),
      unit: {
        unitId: unit.unitId,
        unitName: unit.unitName,
        careProviderId: unit.careProviderId,
        careProviderName: unit.careProviderName,
      },
      updatedAt,
    };
    await this.t.system.store.insertCertificate(certificate, { type: 'created', actorId: null, occurredAt: TEST_NOW });
    return certificate;
  }

  /** A question from the recipient about the certificate, waiting for care. */
  private async messageOn(certificate: Certificate): Promise<string> {
    const id = crypto.randomUUID();
    await this.t.system.store.messages.receive(
      newMessage({
        id,
        certificateId: certificate.id,
        unitId: certificate.unit.unitId,
        careProviderId: certificate.unit.careProviderId,
        direction: 'fromRecipient',
        subject: 'KONTKT',
        heading: 'Kontakt',
        text: 'Ring oss.',
        transportId: id,
        referenceId: null,
        reminderOf: null,
        inReplyTo: null,
        complementQuestions: [],
        lastReplyDate: null,
        sentAt: TEST_NOW,
        sentBy: { id: 'FKASSA', name: 'Försäkringskassan', contactInfo: [] },
        sendState: null,
        createdAt: TEST_NOW,
      }),
      { type: 'recipientQuestionReceived', actorId: null, occurredAt: TEST_NOW },
    );
    return id;
  }

  /** A status webhook registered at the unit. */
  private async webhookAt(unitId: string): Promise<string> {
    const id = crypto.randomUUID();
    await this.t.system.store.registerWebhook({
      id,
      unitId,
      url: 'https://journal.example.se/intyg',
      secret: 'matrix-secret-of-at-least-32-characters',
      events: null,
      createdBy: 'matrix',
      createdAt: TEST_NOW,
    });
    return id;
  }

  /** Staff through the development login; the private doctor as her BankID login resolves her. */
  private async login(user: MatrixUser): Promise<string> {
    if (user.userId !== undefined) {
      const response = await this.t.app.inject({
        method: 'POST',
        url: '/api/dev/login',
        payload: { userId: user.userId, unitId: user.units.own },
      });
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
      if (response.statusCode !== 200 || !cookie) throw new Error(`login ${user.userId}: ${response.body}`);
      return `${SESSION_COOKIE}=${cookie.value}`;
    }
    const { system } = this.t;
    const outcome = resolveBankIdLogin(
      system.directory,
      system.practitioners,
      PETRA_PRIVAT.personId,
      PETRA_PRIVAT.name,
    );
    if (!outcome.ok || outcome.session.kind !== 'care') throw new Error('Petra Privat did not log in as a doctor');
    const { token } = await system.sessions.open(outcome.session);
    return `${SESSION_COOKIE}=${token}`;
  }
}

/** The request a route gets in a case: a valid one, about the case's certificate or unit. */
function requestFor(route: Route, path: string, certificate: Certificate, unitId: string, user: MatrixUser) {
  const revision = certificate.revision;
  switch (routeKey(route)) {
    case 'GET /api/certificates':
      return { url: `${path}?limit=100` };
    case 'POST /api/certificates':
      return { url: path, payload: { type: 'lisjp', patientId: TOLVAN } };
    case 'PUT /api/certificates/:id':
      return { url: path, payload: { revision, answers: certificate.answers } };
    case 'DELETE /api/certificates/:id':
      return { url: `${path}?revision=${revision}` };
    case 'POST /api/certificates/:id/sign':
    case 'POST /api/certificates/:id/ready-for-sign':
      return { url: path, payload: { revision } };
    case 'POST /api/certificates/:id/send':
      return { url: path, payload: { revision, patientConsent: true } };
    case 'POST /api/certificates/:id/revoke':
      return { url: path, payload: { revision, reason: 'FEL_PATIENT', message: 'Fel patient' } };
    case 'POST /api/certificates/:id/create-draft':
      return { url: path, payload: { type: 'ag7804' } };
    case 'POST /api/certificates/:id/messages':
      return { url: path, payload: { subject: 'KONTKT', heading: 'Kontakt', text: 'Ring oss.' } };
    case 'POST /api/certificates/:id/messages/:messageId/answer':
    case 'POST /api/certificates/:id/messages/:messageId/cannot-complement':
      return { url: path, payload: { text: 'Svar.' } };
    case 'POST /api/certificates/:id/messages/:messageId/handled':
      return { url: path, payload: { handled: true } };
    case 'GET /api/messages':
      return { url: `${path}?limit=100` };
    case 'POST /api/certificates/:id/validate':
      return { url: path, payload: {} };
    case 'POST /api/webhooks':
      return { url: path, payload: { url: 'https://journal.example.se/intyg' } };
    case 'GET /api/diagnoses':
      return { url: `${path}?q=F32` };
    case 'GET /api/fmb/:code':
      return { url: '/api/fmb/F32' };
    case 'GET /api/icf':
      return { url: `${path}?codes=F32` };
    case 'GET /api/certificate-types/:type/:version':
      return { url: `/api/certificate-types/${certificate.type}/${certificate.version}` };
    // Switching to, or logging in at, the case's unit: only the own unit is one of the user's.
    case 'POST /api/session/unit':
      return { url: path, payload: { unitId } };
    case 'POST /api/dev/login':
      return { url: path, payload: { userId: user.userId ?? PETRA_PRIVAT.personId, unitId } };
    default:
      return { url: path };
  }
}
