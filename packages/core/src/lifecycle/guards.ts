import type { LocalizedText, ValidationError } from '../validation/validation-error.js';
import type { Actor, Role } from './actor.js';
import type { Certificate } from './certificate.js';

/** Why an action is refused. `code` is stable; the server maps some codes to specific HTTP statuses. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: LocalizedText;
}

export type RefusalCode =
  | 'otherCareUnit'
  | 'roleMaySignOnly'
  | 'roleMayNotSign'
  | 'notDraft'
  | 'draftLocked'
  | 'revisionChanged'
  | 'incomplete'
  | 'alreadyReadyForSign';

/** What a guard may look at. `expectedRevision` is the revision the client last saw, when it sent one. */
export interface ActionContext {
  readonly actor: Actor;
  readonly certificate: Certificate;
  readonly expectedRevision?: number;
  /** The draft's current validation errors; needed by guards on completeness. */
  readonly validationErrors?: readonly ValidationError[];
}

/** A named condition: returns undefined when it holds, otherwise the reason it does not. */
export type Guard = (context: ActionContext) => Refusal | undefined;

export const SIGNING_ROLES: readonly Role[] = ['doctor', 'privateDoctor', 'dentist'];

const refuse = (code: RefusalCode, sv: string, en: string): Refusal => ({ code, message: { sv, en } });

export const guards = {
  withinCareUnit: ({ actor, certificate }) =>
    certificate.unit.unitId === actor.unitId
      ? undefined
      : refuse(
          'otherCareUnit',
          'Intyget hör till en annan vårdenhet än den du är inloggad på.',
          'The certificate belongs to another care unit than the one you are logged in to.',
        ),

  signingRole: ({ actor }) =>
    SIGNING_ROLES.includes(actor.role)
      ? undefined
      : refuse(
          'roleMayNotSign',
          'Endast läkare, tandläkare eller privatläkare får signera intyg.',
          'Only a doctor, dentist or private doctor may sign certificates.',
        ),

  nonSigningRole: ({ actor }) =>
    SIGNING_ROLES.includes(actor.role)
      ? refuse(
          'roleMaySignOnly',
          'Du får signera själv; att markera klart för signering är för sjuksköterskor, barnmorskor och vårdadministratörer.',
          'You may sign yourself; marking ready for signing is for nurses, midwives and care administrators.',
        )
      : undefined,

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
