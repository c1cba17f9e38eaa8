import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../validation/validation-error.js';
import { availableActions, evaluateAction } from './test-support/actions.js';
import type { Actor, Role } from './actor.js';
import type { Certificate } from './certificate.js';
import type { PatientFacts } from './guards.js';
import { requestSending, sendingDelivered, sendingFailed } from './sending.js';

const draft: Certificate = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'lisjp',
  version: '2.0',
  status: 'draft',
  complete: true,
  readyForSign: false,
  revision: 3,
  patient: { personId: '191212121212', name: 'Tolvan Tolvansson' },
  unit: { unitId: 'unit-a', unitName: 'Alfa', careProviderId: 'cp-1', careProviderName: 'Region' },
  createdBy: { userId: 'anna', hsaId: 'HSA-ANNA', name: 'Anna' },
  signedBy: null,
  answers: {},
  createdAt: '2025-10-01T08:00:00.000Z',
  updatedAt: '2025-10-01T08:00:00.000Z',
  signedAt: null,
  signature: null,
};

const actor = (role: Role, unitId = 'unit-a'): Actor => ({
  userId: role,
  hsaId: `HSA-${role}`,
  name: role,
  role,
  unitId,
  careProviderId: 'cp-1',
});

const missing: ValidationError = {
  ruleId: 'mandatory',
  elementId: '28',
  fieldId: '28',
  message: { sv: 'Välj minst ett alternativ.', en: 'Select at least one option.' },
};

const patient: PatientFacts = { protectedIdentity: false, deceased: false, testPerson: false };

const codes = (result: { reasons: readonly { code: string }[] }) => result.reasons.map((r) => r.code);

describe('lifecycle actions', () => {
  it('lets a doctor sign a complete draft of their own unit at the current revision', () => {
    const result = evaluateAction('sign', { patient, actor: actor('doctor'), certificate: draft, expectedRevision: 3 });
    expect(result).toEqual({ id: 'sign', allowed: true, reasons: [] });
  });

  it.each<Role>(['nurse', 'midwife', 'careAdmin'])('refuses signing by a %s and says why', (role) => {
    const result = evaluateAction('sign', { patient, actor: actor(role), certificate: draft });
    expect(result.allowed).toBe(false);
    expect(codes(result)).toEqual(['roleMayNotSign']);
    expect(result.reasons[0]?.message.sv).toBe('Endast läkare, tandläkare eller privatläkare får signera intyg.');
  });

  it.each<Role>(['dentist', 'privateDoctor'])('lets a %s sign', (role) => {
    expect(evaluateAction('sign', { patient, actor: actor(role), certificate: draft }).allowed).toBe(true);
  });

  it('refuses a stale revision with revisionChanged', () => {
    const result = evaluateAction('update', {
      patient,
      actor: actor('nurse'),
      certificate: draft,
      expectedRevision: 2,
    });
    expect(codes(result)).toEqual(['revisionChanged']);
  });

  it('refuses signing an incomplete draft', () => {
    const result = evaluateAction('sign', {
      patient,
      actor: actor('doctor'),
      certificate: draft,
      validationErrors: [missing],
    });
    expect(codes(result)).toEqual(['incomplete']);
  });

  it('lists every reason at once', () => {
    const signed: Certificate = { ...draft, status: 'signed' };
    const result = evaluateAction('sign', {
      patient,
      actor: actor('nurse', 'unit-b'),
      certificate: signed,
      expectedRevision: 1,
    });
    expect(codes(result)).toEqual(['otherCareUnit', 'roleMayNotSign', 'notDraft', 'revisionChanged']);
  });

  it('refuses any access from another care unit', () => {
    expect(codes(evaluateAction('read', { patient, actor: actor('doctor', 'unit-b'), certificate: draft }))).toEqual([
      'otherCareUnit',
    ]);
  });

  it('distinguishes a locked draft from a signed certificate', () => {
    const locked: Certificate = { ...draft, status: 'lockedDraft' };
    expect(codes(evaluateAction('update', { patient, actor: actor('doctor'), certificate: locked }))).toEqual([
      'draftLocked',
    ]);
  });

  it('lets only non-signing roles mark a draft ready for signing, once', () => {
    expect(evaluateAction('markReadyForSign', { patient, actor: actor('nurse'), certificate: draft }).allowed).toBe(
      true,
    );
    expect(codes(evaluateAction('markReadyForSign', { patient, actor: actor('doctor'), certificate: draft }))).toEqual([
      'roleMaySignOnly',
    ]);
    const ready: Certificate = { ...draft, readyForSign: true };
    expect(
      codes(evaluateAction('markReadyForSign', { patient, actor: actor('careAdmin'), certificate: ready })),
    ).toEqual(['alreadyReadyForSign']);
  });

  it('reports every action for the API', () => {
    const actions = availableActions({ patient, actor: actor('nurse'), certificate: draft });
    expect(actions.map((a) => [a.id, a.allowed])).toEqual([
      ['read', true],
      ['update', true],
      ['delete', true],
      ['markReadyForSign', true],
      ['sign', false],
      ['send', false],
      ['print', true],
      ['renew', false],
      ['replace', false],
      ['revoke', false],
      ['complement', false],
      ['copy', false],
      ['createDraftFrom', false],
      ['answerMessage', false],
    ]);
  });
});

describe('sending', () => {
  const signedLisjp: Certificate = { ...draft, status: 'signed', signedAt: '2025-03-01T10:00:00Z' };
  const doctorCtx = { actor: actor('doctor'), patient };

  it('is allowed once for a signed certificate, refused while it is on its way and after it arrived', () => {
    expect(evaluateAction('send', { ...doctorCtx, certificate: signedLisjp }).allowed).toBe(true);
    const pending = requestSending(signedLisjp, { recipientId: 'FKASSA', at: '2025-03-01T11:00:00Z', by: 'u1' });
    expect(pending.revision).toBe(signedLisjp.revision + 1);
    expect(codes(evaluateAction('send', { ...doctorCtx, certificate: pending }))).toEqual(['sending']);
    const sent = sendingDelivered(pending, '2025-03-01T11:00:05Z');
    expect(sent).toMatchObject({
      status: 'sent',
      sending: { state: 'delivered', deliveredAt: '2025-03-01T11:00:05Z' },
    });
    expect(codes(evaluateAction('send', { ...doctorCtx, certificate: sent }))).toEqual(['alreadySent']);
  });

  it('may be tried again after the recipient refused the certificate for good', () => {
    const pending = requestSending(signedLisjp, { recipientId: 'FKASSA', at: '2025-03-01T11:00:00Z', by: 'u1' });
    const failed = sendingFailed(pending, '2025-03-01T11:00:05Z', 'VALIDATION_ERROR');
    expect(failed).toMatchObject({ status: 'signed', sending: { state: 'failed', error: 'VALIDATION_ERROR' } });
    expect(evaluateAction('send', { ...doctorCtx, certificate: failed }).allowed).toBe(true);
    // A later delivery clears the failure.
    const again = sendingDelivered(requestSending(failed, { recipientId: 'FKASSA', at: 'x', by: 'u1' }), 'y');
    expect(again.sending).toEqual({
      recipientId: 'FKASSA',
      requestedAt: 'x',
      requestedBy: 'u1',
      state: 'delivered',
      deliveredAt: 'y',
    });
  });

  it('keeps a revoked certificate revoked when its delivery is acknowledged afterwards', () => {
    const pending = requestSending(signedLisjp, { recipientId: 'FKASSA', at: 'x', by: 'u1' });
    expect(sendingDelivered({ ...pending, status: 'revoked' }, 'y').status).toBe('revoked');
  });
});
