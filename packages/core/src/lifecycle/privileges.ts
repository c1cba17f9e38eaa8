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

/**
 * Privileges a certificate type does not offer to anyone, whatever the role. Renewal exists only for
 * lisjp, luse, luae_na, luae_fs, ag7804 and af00251 (FORNYA_INTYG; AG114 v2 has no RENEW); complementing
 * answers a KOMPLT question, which only Försäkringskassan asks (BESVARA_KOMPLETTERINGSFRAGA); a type without
 * a digital recipient is printed, not sent (ag7804, ag114, §1.0); fk7263 cannot be replaced (ERSATTA_INTYG). Types without an entry offer everything. Types not modelled yet are listed
 * so the table is complete when they arrive.
 */
export const TYPE_EXCEPTIONS: Readonly<Record<string, readonly Privilege[]>> = {
  ag7804: ['send', 'complement'],
  ag114: ['send', 'renew', 'complement'],
  'ts-bas': ['renew', 'complement'],
  'ts-diabetes': ['renew', 'complement'],
  af00213: ['renew', 'complement'],
  af00251: ['complement'],
  db: ['renew', 'complement'],
  doi: ['renew', 'complement'],
  fk7263: ['renew', 'replace'],
};

/**
 * Types a draft may be created for when the patient has protected identity (feature SEKRETESSMARKERING,
 * domain.md §5.1); death certificates (db, doi) are not among them.
 */
export const PROTECTED_IDENTITY_TYPES: readonly string[] = [
  'fk7263',
  'ts-bas',
  'ts-diabetes',
  'luse',
  'lisjp',
  'luae_na',
  'luae_fs',
  'af00213',
  'ag114',
  'ag7804',
  'af00251',
];

/** Types whose drafts may be written for a deceased patient (HANTERA_INTYGSUTKAST_AVLIDEN, domain.md §5.4). */
export const DECEASED_PATIENT_TYPES: readonly string[] = ['doi'];

export function roleHasPrivilege(role: Role, privilege: Privilege): boolean {
  return ROLE_PRIVILEGES[role].includes(privilege);
}

export function typeOffers(type: string, privilege: Privilege): boolean {
  return !(TYPE_EXCEPTIONS[type] ?? []).includes(privilege);
}
