import { describe, expect, it } from 'vitest';
import { ACTION_IDS, MODELLED_ACTION_IDS, type ActionAvailability, type ActionId } from './actions.js';
import { availableActions, evaluateAction, evaluateCreate } from './test-support/actions.js';
import { ROLES, type Actor, type Role } from './actor.js';
import type { Certificate } from './certificate.js';
import type { PatientFacts, RefusalCode } from './guards.js';
import { ROLE_PRIVILEGES, type Privilege } from './privileges.js';

const UNIT = 'unit-a';

const draft: Certificate = {
  id: '00000000-0000-4000-8000-000000000002',
  type: 'lisjp',
  version: '2.0',
  status: 'draft',
  complete: true,
  readyForSign: false,
  revision: 1,
  patient: { personId: '195401232540', name: 'Maj Pärsson' },
  unit: { unitId: UNIT, unitName: 'Alfa', careProviderId: 'cp-1', careProviderName: 'Region' },
  createdBy: { userId: 'u', hsaId: 'HSA-U', name: 'U' },
  signedBy: null,
  answers: {},
  createdAt: '2025-10-01T08:00:00.000Z',
  updatedAt: '2025-10-01T08:00:00.000Z',
  signedAt: null,
  signature: null,
};
const signed: Certificate = { ...draft, status: 'signed', signedBy: draft.createdBy };
const sent: Certificate = { ...signed, status: 'sent' };

const actor = (role: Role, unitId = UNIT, careProviderId = 'cp-1'): Actor => ({
  userId: role,
  hsaId: `HSA-${role}`,
  name: role,
  role,
  unitId,
  careProviderId,
});

const PATIENTS = {
  normal: { protectedIdentity: false, deceased: false, testPerson: false },
  protected: { protectedIdentity: true, deceased: false, testPerson: false },
  deceased: { protectedIdentity: false, deceased: true, testPerson: false },
  testPerson: { protectedIdentity: false, deceased: false, testPerson: true },
} satisfies Record<string, PatientFacts>;
type PatientCase = keyof typeof PATIENTS;

const SIGNERS: readonly Role[] = ['doctor', 'privateDoctor', 'dentist'];
const codes = (result: ActionAvailability<string>) => result.reasons.map((reason) => reason.code);

type Codes = readonly RefusalCode[];
/** Expected refusal codes for [a signing role, a non-signing role]; [] means allowed. */
type Row = readonly [signer: Codes, nonSigner: Codes];

/**
 * The whole matrix, written out by hand from domain.md §2.2, §2.9, §5.3 and §5.4: each action on a
 * lisjp at the actor's own unit (drafts for draft actions, a signed certificate for the rest).
 */
const EXPECTED: Record<'create' | ActionId, Record<PatientCase, Row>> = {
  create: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [['patientDeceased'], ['patientDeceased']],
    testPerson: [[], []],
  },
  read: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [[], []],
    testPerson: [[], []],
  },
  update: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [[], []],
    testPerson: [[], []],
  },
  delete: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [[], []],
    testPerson: [[], []],
  },
  markReadyForSign: {
    normal: [['roleMaySignOnly'], []],
    protected: [['roleMaySignOnly'], ['protectedIdentity']],
    deceased: [['roleMaySignOnly'], []],
    testPerson: [['roleMaySignOnly'], []],
  },
  sign: {
    normal: [[], ['roleMayNotSign']],
    protected: [[], ['roleMayNotSign', 'protectedIdentity']],
    deceased: [[], ['roleMayNotSign']],
    testPerson: [[], ['roleMayNotSign']],
  },
  send: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [[], []],
    testPerson: [['testPerson'], ['testPerson']],
  },
  print: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [[], []],
    testPerson: [[], []],
  },
  renew: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [['patientDeceased'], ['patientDeceased']],
    testPerson: [[], []],
  },
  replace: {
    normal: [[], ['roleLacksPrivilege']],
    protected: [[], ['roleLacksPrivilege', 'protectedIdentity']],
    deceased: [['patientDeceased'], ['roleLacksPrivilege', 'patientDeceased']],
    testPerson: [[], ['roleLacksPrivilege']],
  },
  revoke: {
    normal: [[], ['roleLacksPrivilege']],
    protected: [[], ['roleLacksPrivilege', 'protectedIdentity']],
    deceased: [[], ['roleLacksPrivilege']],
    testPerson: [[], ['roleLacksPrivilege']],
  },
  // The matrix's signed certificate was never sent, and no complement was asked for.
  complement: {
    normal: [
      ['notSent', 'noComplementRequest'],
      ['notSent', 'noComplementRequest'],
    ],
    protected: [
      ['notSent', 'noComplementRequest'],
      ['protectedIdentity', 'notSent', 'noComplementRequest'],
    ],
    deceased: [
      ['patientDeceased', 'notSent', 'noComplementRequest'],
      ['patientDeceased', 'notSent', 'noComplementRequest'],
    ],
    testPerson: [
      ['notSent', 'noComplementRequest'],
      ['notSent', 'noComplementRequest'],
    ],
  },
  // Of a locked draft.
  copy: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [['patientDeceased'], ['patientDeceased']],
    testPerson: [[], []],
  },
  createDraftFrom: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [['patientDeceased'], ['patientDeceased']],
    testPerson: [[], []],
  },
  // Of a sent lisjp, whose model exchanges messages: every role answers, except a protected patient's.
  answerMessage: {
    normal: [[], []],
    protected: [[], ['protectedIdentity']],
    deceased: [[], []],
    testPerson: [[], []],
  },
};

const DRAFT_ACTIONS: readonly ActionId[] = ['read', 'update', 'delete', 'markReadyForSign', 'sign'];

function evaluate(action: 'create' | ActionId, role: Role, patient: PatientFacts) {
  if (action === 'create') return evaluateCreate({ actor: actor(role), patient });
  if (action === 'answerMessage') {
    return evaluateAction(action, { actor: actor(role), certificate: sent, patient, exchangesMessages: true });
  }
  const certificate =
    action === 'copy' ? { ...draft, status: 'lockedDraft' as const } : DRAFT_ACTIONS.includes(action) ? draft : signed;
  return evaluateAction(action, { actor: actor(role), certificate, patient });
}

const cases = (Object.keys(EXPECTED) as ('create' | ActionId)[]).flatMap((action) =>
  (Object.keys(PATIENTS) as PatientCase[]).flatMap((patientCase) =>
    ROLES.map((role) => {
      const [signer, nonSigner] = EXPECTED[action][patientCase];
      return { action, patientCase, role, expected: SIGNERS.includes(role) ? signer : nonSigner };
    }),
  ),
);

describe('the access matrix: every action × patient × role', () => {
  it('covers every modelled action and creation', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(['create', ...MODELLED_ACTION_IDS].sort());
    expect(cases).toHaveLength(15 * 4 * 6);
  });

  it.each(cases)('$action, $patientCase patient, $role → $expected', ({ action, patientCase, role, expected }) => {
    const result = evaluate(action, role, PATIENTS[patientCase]);
    expect(codes(result)).toEqual(expected);
    expect(result.allowed).toBe(expected.length === 0);
  });
});

describe('protected identity', () => {
  it('gives the exact refusal text', () => {
    const result = evaluateAction('read', { actor: actor('nurse'), certificate: draft, patient: PATIENTS.protected });
    expect(result.reasons[0]?.message.sv).toBe(
      'Du saknar behörighet för den begärda åtgärden. Det krävs särskilda rättigheter eller en specifik befattning för att hantera patienter med skyddade personuppgifter.',
    );
  });

  it("lets even a doctor act only at the certificate's own unit", () => {
    const other = actor('doctor', 'unit-b');
    expect(codes(evaluateAction('read', { actor: other, certificate: draft, patient: PATIENTS.protected }))).toEqual([
      'otherCareUnit',
      'protectedIdentity',
    ]);
    // Printing reaches across units of the care provider, but not for a protected patient.
    expect(evaluateAction('print', { actor: other, certificate: signed, patient: PATIENTS.normal }).allowed).toBe(true);
    expect(codes(evaluateAction('print', { actor: other, certificate: signed, patient: PATIENTS.protected }))).toEqual([
      'protectedIdentity',
    ]);
  });

  it('allows drafts for a protected patient only of the types that declare it (not the death certificates)', () => {
    const deathCertificate = { forDeceasedPatient: true };
    const result = evaluateCreate({ actor: actor('doctor'), lifecycle: deathCertificate, patient: PATIENTS.protected });
    expect(codes(result)).toEqual(['typeNotForProtectedIdentity']);
    expect(
      evaluateCreate({ actor: actor('doctor'), lifecycle: deathCertificate, patient: PATIENTS.normal }).allowed,
    ).toBe(true);
  });

  it('refuses them for a type that declares nothing: the safe side', () => {
    const result = evaluateCreate({ actor: actor('doctor'), lifecycle: {}, patient: PATIENTS.protected });
    expect(codes(result)).toEqual(['typeNotForProtectedIdentity']);
  });
});

describe('deceased patients', () => {
  it('gives the exact refusal text', () => {
    const result = evaluateCreate({ actor: actor('doctor'), patient: PATIENTS.deceased });
    expect(result.reasons[0]?.message.sv).toBe('Du kan ej utföra den begärda åtgärden eftersom patienten är avliden.');
  });

  it('still allows a draft of a type written for the deceased (the death certificate, doi)', () => {
    const lifecycle = { forDeceasedPatient: true };
    expect(evaluateCreate({ actor: actor('doctor'), lifecycle, patient: PATIENTS.deceased }).allowed).toBe(true);
  });
});

describe('test persons', () => {
  it('gives the exact refusal text for sending', () => {
    const result = evaluateAction('send', {
      actor: actor('doctor'),
      certificate: signed,
      patient: PATIENTS.testPerson,
    });
    expect(result.reasons.map((r) => r.message.sv)).toEqual(['Åtgärden kan inte utföras för testpersoner.']);
  });
});

describe('actions a type withholds', () => {
  const employers = { withholds: ['send', 'renew', 'complement'] as const, forProtectedIdentity: true };

  it.each<ActionId>(['send', 'renew', 'complement'])('%s is refused whatever the role', (action) => {
    for (const role of ROLES) {
      const result = evaluateAction(action, {
        actor: actor(role),
        certificate: action === 'complement' ? sent : signed,
        patient: PATIENTS.normal,
        lifecycle: employers,
      });
      expect(codes(result)).toContain('actionNotForType');
      expect(result.allowed).toBe(false);
    }
  });

  it('leaves the other actions to the role and the state', () => {
    const lifecycle = { withholds: ['send', 'complement'] as const };
    const certificate = signed;
    expect(
      evaluateAction('renew', { actor: actor('nurse'), certificate, patient: PATIENTS.normal, lifecycle }).allowed,
    ).toBe(true);
    expect(
      evaluateAction('print', { actor: actor('nurse'), certificate, patient: PATIENTS.normal, lifecycle }).allowed,
    ).toBe(true);
  });
});

describe('status guards of the modelled actions', () => {
  const doctor = actor('doctor');
  const sentTo = {
    recipientId: 'FKASSA',
    requestedAt: signed.createdAt,
    requestedBy: 'u',
    state: 'delivered' as const,
  };
  const patient = PATIENTS.normal;

  it('needs a signed certificate to send, renew, replace or revoke', () => {
    for (const action of ['send', 'renew', 'replace', 'revoke'] as const) {
      expect(codes(evaluateAction(action, { actor: doctor, certificate: draft, patient }))).toEqual(['notSigned']);
      const revoked = { ...signed, status: 'revoked' as const };
      expect(codes(evaluateAction(action, { actor: doctor, certificate: revoked, patient }))).toEqual(['revoked']);
    }
  });

  it('answers messages only on a sent certificate whose model exchanges them, never on a revoked one', () => {
    const context = { actor: doctor, patient, exchangesMessages: true };
    expect(codes(evaluateAction('answerMessage', { ...context, certificate: signed }))).toEqual(['notSent']);
    expect(codes(evaluateAction('answerMessage', { ...context, certificate: draft }))).toEqual([
      'notSigned',
      'notSent',
    ]);
    const revoked = { ...signed, status: 'revoked' as const, sending: sentTo };
    expect(codes(evaluateAction('answerMessage', { ...context, certificate: revoked }))).toEqual(['revoked']);
    const sentCertificate = { ...signed, status: 'sent' as const };
    expect(codes(evaluateAction('answerMessage', { actor: doctor, patient, certificate: sentCertificate }))).toEqual([
      'noMessageExchange',
    ]);
  });

  it('sends once', () => {
    const sent = { ...signed, status: 'sent' as const };
    expect(codes(evaluateAction('send', { actor: doctor, certificate: sent, patient }))).toEqual(['alreadySent']);
  });

  it('refuses printing at another care provider', () => {
    const stranger = actor('doctor', 'unit-x', 'cp-2');
    expect(codes(evaluateAction('print', { actor: stranger, certificate: signed, patient }))).toEqual([
      'otherCareProvider',
    ]);
  });
});

describe('the privilege table', () => {
  it('matches domain.md §2.9: only signing roles sign, revoke, replace and handle protected identity', () => {
    const signerOnly: Privilege[] = ['sign', 'revoke', 'replace', 'handleProtectedIdentity'];
    const nonSignerOnly: Privilege[] = ['markReadyForSign', 'forward'];
    for (const role of ROLES) {
      const privileges = ROLE_PRIVILEGES[role];
      const signer = SIGNERS.includes(role);
      for (const privilege of signerOnly) expect(privileges.includes(privilege)).toBe(signer);
      for (const privilege of nonSignerOnly) expect(privileges.includes(privilege)).toBe(!signer);
      for (const privilege of ['create', 'update', 'send', 'renew', 'complement', 'answerMessage'] as const) {
        expect(privileges).toContain(privilege);
      }
    }
  });

  it('reports only the actions the API offers, unless asked for more', () => {
    const context = { actor: actor('doctor'), certificate: signed, patient: PATIENTS.normal };
    expect(availableActions(context).map((a) => a.id)).toEqual(ACTION_IDS);
    expect(availableActions(context, MODELLED_ACTION_IDS).map((a) => a.id)).toEqual(MODELLED_ACTION_IDS);
  });
});
