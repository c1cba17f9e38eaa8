import type { Role } from './actor.js';

/**
 * What a role may do with a certificate, as data (domain.md §2.9 for the certificate-service models,
 * §5.1 for legacy Webcert's `authorities.yaml`). A guard in `subject-guards.ts` reads these tables;
 * nothing else decides who may do what.
 */
export const PRIVILEGES = [
  'create',
  'read',
  'update',
  'delete',
  'markReadyForSign',
  'forward',
  'sign',
  'send',
  'print',
  'renew',
  'replace',
  'revoke',
  'complement',
  /** KOPIERA_LAST_UTKAST: a new draft from a locked one. */
  'copy',
  /** "Utkast från intyg": a draft of another type from a signed certificate (an AG7804 from an FK7804). */
  'createDraftFrom',
  'answerMessage',
  /** HANTERA_SEKRETESSMARKERAD_PATIENT: act on a patient with protected identity. */
  'handleProtectedIdentity',
  /** Register and remove the unit's status webhooks for its EHR: the unit's, not a certificate's. */
  'manageWebhooks',
] as const;
export type Privilege = (typeof PRIVILEGES)[number];

/** What every role may do: write drafts, read, print, send, renew, complement, answer messages. */
const EVERY_ROLE: readonly Privilege[] = [
  'create',
  'read',
  'update',
  'delete',
  'send',
  'print',
  'renew',
  'complement',
  'copy',
  'createDraftFrom',
  'answerMessage',
];

/** Only those who may sign revoke, replace, and act on patients with protected identity. */
const SIGNING: readonly Privilege[] = [...EVERY_ROLE, 'sign', 'revoke', 'replace', 'handleProtectedIdentity'];

/** Nurses, midwives and care administrators write drafts for a signer: they mark them ready and forward them. */
const NON_SIGNING: readonly Privilege[] = [...EVERY_ROLE, 'markReadyForSign', 'forward'];

/**
 * The unit's integration settings (its EHR's status webhooks): for those answerable for the unit's certificates,
 * the signers, and for the care administrator, who runs the unit's systems; not for nurses and midwives.
 */
const INTEGRATION: readonly Privilege[] = ['manageWebhooks'];

export const ROLE_PRIVILEGES: Readonly<Record<Role, readonly Privilege[]>> = {
  doctor: [...SIGNING, ...INTEGRATION],
  privateDoctor: [...SIGNING, ...INTEGRATION],
  dentist: [...SIGNING, ...INTEGRATION],
  nurse: NON_SIGNING,
  midwife: NON_SIGNING,
  careAdmin: [...NON_SIGNING, ...INTEGRATION],
};

export function roleHasPrivilege(role: Role, privilege: Privilege): boolean {
  return ROLE_PRIVILEGES[role].includes(privilege);
}
