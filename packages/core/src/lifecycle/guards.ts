import type { TypeLifecycle } from '../model/type-lifecycle.js';
import type { LocalizedText, ValidationError } from '../validation/validation-error.js';
import type { Actor, Role } from './actor.js';
import type { Certificate } from './certificate.js';
import { complementedBy, openReplacementOrComplement, replacedBy, type RelatedCertificate } from './relations.js';

/** Why an action is refused. `code` is stable; the server maps some codes to specific HTTP statuses. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: LocalizedText;
}

export type RefusalCode =
  | 'otherCareUnit'
  | 'otherCareProvider'
  | 'roleMaySignOnly'
  | 'roleMayNotSign'
  | 'roleLacksPrivilege'
  | 'actionNotForType'
  | 'protectedIdentity'
  | 'typeNotForProtectedIdentity'
  | 'patientDeceased'
  | 'testPerson'
  | 'notDraft'
  | 'draftLocked'
  | 'notSigned'
  | 'revoked'
  | 'replaced'
  | 'alreadySent'
  | 'sending'
  | 'revisionChanged'
  | 'incomplete'
  | 'alreadyReadyForSign'
  | 'notSent'
  | 'replacementDraftExists'
  | 'complementDraftExists'
  | 'alreadyComplemented'
  | 'noComplementRequest'
  | 'unansweredComplementRequest'
  | 'notLockedDraft'
  | 'noDraftFromThisType'
  | 'noMessageExchange';

/**
 * What the population registry (PU) says about the patient, as far as actions depend on it
 * (domain.md §5.3, §5.4). The caller looks these up; core does no I/O.
 */
export interface PatientFacts {
  /** Sekretessmarkering: only signing roles at the certificate's own unit may act. */
  readonly protectedIdentity: boolean;
  readonly deceased: boolean;
  /** testIndicator: a test person's certificates are never sent to a recipient. */
  readonly testPerson: boolean;
}

/** What a guard may look at. `expectedRevision` is the revision the client last saw, when it sent one. */
export interface ActionContext {
  readonly actor: Actor;
  readonly certificate: Certificate;
  /** The certificate model's `lifecycle` (UNDECLARED_TYPE_LIFECYCLE when it has none). */
  readonly lifecycle: TypeLifecycle;
  readonly patient: PatientFacts;
  readonly expectedRevision?: number;
  /** The draft's current validation errors; needed by guards on completeness. */
  readonly validationErrors?: readonly ValidationError[];
  /** The certificates it relates to; guards on replacement and complements need them (none when absent). */
  readonly related?: readonly RelatedCertificate[];
  /** The recipient's requests for complement (KOMPLT) on this certificate that are neither answered nor handled. */
  readonly openComplementRequests?: number;
  /** Whether the certificate's model exchanges messages with its recipient (`CertificateModel.messages`). */
  readonly exchangesMessages?: boolean;
}

/** A named condition: returns undefined when it holds, otherwise the reason it does not. */
export type Guard = (context: ActionContext) => Refusal | undefined;

export const SIGNING_ROLES: readonly Role[] = ['doctor', 'privateDoctor', 'dentist'];

export const refuse = (code: RefusalCode, sv: string, en: string): Refusal => ({ code, message: { sv, en } });

export const guards = {
  withinCareUnit: ({ actor, certificate }) =>
    certificate.unit.unitId === actor.unitId
      ? undefined
      : refuse(
          'otherCareUnit',
          'Intyget hör till en annan vårdenhet än den du är inloggad på.',
          'The certificate belongs to another care unit than the one you are logged in to.',
        ),

  withinCareProvider: ({ actor, certificate }) =>
    certificate.unit.careProviderId === actor.careProviderId
      ? undefined
      : refuse(
          'otherCareProvider',
          'Intyget hör till en annan vårdgivare än den du är inloggad hos.',
          'The certificate belongs to another care provider than the one you are logged in with.',
        ),

  isDraft: ({ certificate }) => {
    if (certificate.status === 'draft') return undefined;
    if (certificate.status === 'lockedDraft') {
      return refuse(
        'draftLocked',
        'Utkastet är låst och kan inte ändras.',
        'The draft is locked and cannot be changed.',
      );
    }
    return refuse('notDraft', 'Intyget är redan signerat.', 'The certificate is already signed.');
  },

  revisionCurrent: ({ certificate, expectedRevision }) =>
    expectedRevision === undefined || expectedRevision === certificate.revision
      ? undefined
      : refuse(
          'revisionChanged',
          'Utkastet har ändrats sedan du öppnade det. Ladda om för att se den senaste versionen.',
          'The draft has changed since you opened it. Reload to see the latest version.',
        ),

  complete: ({ validationErrors }) =>
    validationErrors === undefined || validationErrors.length === 0
      ? undefined
      : refuse(
          'incomplete',
          'Utkastet är inte komplett. Fyll i det som saknas innan du signerar.',
          'The draft is incomplete. Fill in what is missing before signing.',
        ),

  isSigned: ({ certificate }) => {
    switch (certificate.status) {
      case 'signed':
      case 'sent':
        return undefined;
      case 'revoked':
        return refuse('revoked', 'Intyget är makulerat.', 'The certificate is revoked.');
      case 'replaced':
        return refuse('replaced', 'Intyget är ersatt av ett annat intyg.', 'The certificate is replaced by another.');
      default:
        return refuse('notSigned', 'Intyget är inte signerat.', 'The certificate is not signed.');
    }
  },

  notSent: ({ certificate }) => {
    if (certificate.status === 'sent' || certificate.sending?.state === 'delivered') {
      return refuse('alreadySent', 'Intyget är redan skickat.', 'The certificate has already been sent.');
    }
    if (certificate.sending?.state === 'pending') {
      return refuse(
        'sending',
        'Intyget håller på att skickas till mottagaren.',
        'The certificate is being sent to the recipient.',
      );
    }
    return undefined;
  },

  /** ActionRuleNotReplaced: a replaced certificate is done with; its replacement is acted on instead. */
  notReplaced: ({ related = [] }) => {
    const replacement = replacedBy(related);
    return replacement === undefined
      ? undefined
      : refuse('replaced', 'Intyget är ersatt av ett annat intyg.', 'The certificate is replaced by another.');
  },

  /** A draft that replaces or complements the certificate is open: continue it rather than start another. */
  noOpenReplacementOrComplement: ({ related = [] }) => {
    const open = openReplacementOrComplement(related);
    if (open === undefined) return undefined;
    return open.kind === 'replaces'
      ? refuse(
          'replacementDraftExists',
          'Det finns redan ett utkast som ersätter intyget. Fortsätt på det utkastet.',
          'A draft replacing the certificate already exists. Continue that draft.',
        )
      : refuse(
          'complementDraftExists',
          'Det finns redan ett utkast som kompletterar intyget. Fortsätt på det utkastet.',
          'A draft complementing the certificate already exists. Continue that draft.',
        );
  },

  /** ActionRuleNoComplementMessages: while Försäkringskassan waits for a complement, the doctor complements. */
  noOpenComplementRequest: ({ openComplementRequests = 0 }) =>
    openComplementRequests === 0
      ? undefined
      : refuse(
          'unansweredComplementRequest',
          'Försäkringskassan har begärt komplettering av intyget. Svara på begäran genom att komplettera intyget.',
          'Försäkringskassan has asked for a complement. Answer the request by complementing the certificate.',
        ),

  hasComplementRequest: ({ openComplementRequests = 0 }) =>
    openComplementRequests > 0
      ? undefined
      : refuse(
          'noComplementRequest',
          'Det finns ingen obesvarad begäran om komplettering.',
          'There is no open request for a complement.',
        ),

  notComplemented: ({ related = [] }) =>
    complementedBy(related) === undefined
      ? undefined
      : refuse(
          'alreadyComplemented',
          'Intyget är redan kompletterat.',
          'The certificate has already been complemented.',
        ),

  isSent: ({ certificate }) =>
    certificate.status === 'sent' || certificate.sending?.state === 'delivered'
      ? undefined
      : refuse('notSent', 'Intyget är inte skickat till mottagaren.', 'The certificate has not been sent.'),

  isLockedDraft: ({ certificate }) =>
    certificate.status === 'lockedDraft'
      ? undefined
      : refuse('notLockedDraft', 'Bara ett låst utkast kan kopieras.', 'Only a locked draft can be copied.'),

  /** Questions and answers exist only for the types whose model declares them (domain.md §3). */
  exchangesMessages: ({ exchangesMessages = false }) =>
    exchangesMessages
      ? undefined
      : refuse(
          'noMessageExchange',
          'Intygstypen har ingen ärendekommunikation med mottagaren.',
          'This certificate type exchanges no messages with its recipient.',
        ),

  notReadyForSign: ({ certificate }) =>
    certificate.readyForSign
      ? refuse(
          'alreadyReadyForSign',
          'Utkastet är redan markerat som klart för signering.',
          'The draft is already marked as ready for signing.',
        )
      : undefined,
} satisfies Record<string, Guard>;

export type GuardName = keyof typeof guards;
