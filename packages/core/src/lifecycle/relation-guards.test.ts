import { describe, expect, it } from 'vitest';
import type { ActionId } from './actions.js';
import { evaluateAction } from './test-support/actions.js';
import type { Actor } from './actor.js';
import type { Certificate, CertificateStatus } from './certificate.js';
import type { ActionContext } from './guards.js';
import { shownStatus, type RelatedCertificate, type RelationKind } from './relations.js';

const sent: Certificate = {
  id: 'original',
  type: 'lisjp',
  version: '2.0',
  status: 'sent',
  complete: true,
  readyForSign: false,
  revision: 4,
  patient: { personId: '191212121212', name: 'Tolvan Tolvansson' },
  unit: { unitId: 'unit-a', unitName: 'Alfa', careProviderId: 'cp-1', careProviderName: 'Region' },
  createdBy: { userId: 'ajla', hsaId: 'HSA-AJLA', name: 'Ajla' },
  signedBy: { userId: 'ajla', hsaId: 'HSA-AJLA', name: 'Ajla' },
  answers: {},
  createdAt: '2025-10-01T08:00:00.000Z',
  updatedAt: '2025-10-01T09:00:00.000Z',
  signedAt: '2025-10-01T09:00:00.000Z',
  signature: 'jws',
  sending: {
    recipientId: 'FKASSA',
    requestedAt: '2025-10-01T09:01:00.000Z',
    requestedBy: 'ajla',
    state: 'delivered',
    deliveredAt: '2025-10-01T09:01:01.000Z',
  },
};
const doctor: Actor = {
  userId: 'ajla',
  hsaId: 'HSA-AJLA',
  name: 'Ajla',
  role: 'doctor',
  unitId: 'unit-a',
  careProviderId: 'cp-1',
};
const patient = { protectedIdentity: false, deceased: false, testPerson: false };

const child = (kind: RelationKind, status: CertificateStatus): RelatedCertificate => ({
  kind,
  direction: 'child',
  certificateId: `${kind}-${status}`,
  type: 'lisjp',
  status,
  createdAt: '2025-10-02T08:00:00.000Z',
  signedAt: status === 'draft' ? null : '2025-10-02T09:00:00.000Z',
});

const codes = (action: ActionId, extra: Partial<ActionContext> = {}) =>
  evaluateAction(action, { actor: doctor, certificate: sent, patient, ...extra }).reasons.map((r) => r.code);

describe('guards on relations and complement requests', () => {
  it('a signed replacement makes the certificate replaced; a replacing draft or a revoked replacement does not', () => {
    for (const action of ['send', 'renew', 'replace', 'createDraftFrom'] as const) {
      expect(codes(action, { related: [child('replaces', 'signed')] })).toContain('replaced');
      expect(codes(action, { related: [child('replaces', 'revoked')] })).not.toContain('replaced');
    }
    expect(codes('revoke', { related: [child('replaces', 'signed')] })).toEqual([]);
  });

  it('a signed or sent certificate with a replacement in force is shown as replaced; a revoked one as revoked', () => {
    const replacement = [child('replaces', 'sent')];
    expect(shownStatus('sent', replacement)).toBe('replaced');
    expect(shownStatus('signed', replacement)).toBe('replaced');
    expect(shownStatus('revoked', replacement)).toBe('revoked');
    expect(shownStatus('sent', [child('replaces', 'revoked')])).toBe('sent');
    expect(shownStatus('sent', [child('replaces', 'draft')])).toBe('sent');
    expect(shownStatus('signed', [child('renews', 'signed')])).toBe('signed');
  });

  it('an open replacing or complementing draft is continued rather than another started', () => {
    expect(codes('replace', { related: [child('replaces', 'draft')] })).toEqual(['replacementDraftExists']);
    expect(codes('renew', { related: [child('complements', 'draft')] })).toEqual(['complementDraftExists']);
    expect(codes('complement', { related: [child('complements', 'draft')], openComplementRequests: 1 })).toEqual([
      'complementDraftExists',
    ]);
    // A renewal in progress blocks nothing: renewing twice is allowed, as in Webcert.
    expect(codes('renew', { related: [child('renews', 'draft')] })).toEqual([]);
  });

  it('while a complement is asked for, the doctor complements rather than replaces', () => {
    expect(codes('replace', { openComplementRequests: 1 })).toEqual(['unansweredComplementRequest']);
    expect(codes('complement', { openComplementRequests: 1 })).toEqual([]);
    expect(codes('complement')).toEqual(['noComplementRequest']);
  });

  it('complements once: a signed complement ends it, a revoked one does not', () => {
    expect(codes('complement', { openComplementRequests: 1, related: [child('complements', 'signed')] })).toEqual([
      'alreadyComplemented',
    ]);
    expect(codes('complement', { openComplementRequests: 1, related: [child('complements', 'revoked')] })).toEqual([]);
  });

  it('complements only what was sent, and copies only a locked draft', () => {
    const { sending: _sending, ...unsent } = sent;
    expect(
      evaluateAction('complement', {
        actor: doctor,
        certificate: { ...unsent, status: 'signed' },
        patient,
        openComplementRequests: 1,
      }).reasons.map((r) => r.code),
    ).toEqual(['notSent']);
    expect(codes('copy')).toEqual(['notLockedDraft']);
    const locked = { ...sent, status: 'lockedDraft' as const, signedAt: null, signedBy: null };
    expect(evaluateAction('copy', { actor: doctor, certificate: locked, patient }).allowed).toBe(true);
  });
});
