import type { Actor } from './actor.js';
import { refuse, type PatientFacts, type Refusal } from './guards.js';
import { typeOffersAction, type TypeLifecycle } from '../model/type-lifecycle.js';
import { roleHasPrivilege, type Privilege } from './privileges.js';

/**
 * What the guards on who may act look at: the action, the actor, what the certificate's type offers, the
 * patient and the unit the certificate belongs to. A draft that is about to be created has all of these but
 * no certificate yet, so these guards serve creation and actions on a certificate alike.
 */
export interface ActionSubject {
  readonly action: Privilege;
  readonly actor: Actor;
  /** The certificate model's `lifecycle`: the actions its type withholds, the patients it may be written for. */
  readonly lifecycle: TypeLifecycle;
  readonly patient: PatientFacts;
  /** The certificate's care unit; for a draft about to be created, the actor's. */
  readonly unitId: string;
}

export type SubjectGuard = (subject: ActionSubject) => Refusal | undefined;

const PROTECTED_IDENTITY_MESSAGE = {
  sv: 'Du saknar behörighet för den begärda åtgärden. Det krävs särskilda rättigheter eller en specifik befattning för att hantera patienter med skyddade personuppgifter.',
  en: 'You are not authorised to take this action. Handling patients with protected personal data requires special rights or a specific position.',
};

/** Refusals naming the role's shortcoming where a specific wording exists; a generic one otherwise. */
function roleRefusal(action: Privilege): Refusal {
  switch (action) {
    case 'sign':
      return refuse(
        'roleMayNotSign',
        'Endast läkare, tandläkare eller privatläkare får signera intyg.',
        'Only a doctor, dentist or private doctor may sign certificates.',
      );
    case 'markReadyForSign':
      return refuse(
        'roleMaySignOnly',
        'Du får signera själv; att markera klart för signering är för sjuksköterskor, barnmorskor och vårdadministratörer.',
        'You may sign yourself; marking ready for signing is for nurses, midwives and care administrators.',
      );
    case 'manageWebhooks':
      return refuse(
        'roleLacksPrivilege',
        'Endast läkare, tandläkare, privatläkare och vårdadministratörer får hantera enhetens webhooks.',
        "Only a doctor, dentist, private doctor or care administrator may manage the unit's webhooks.",
      );
    default:
      return refuse(
        'roleLacksPrivilege',
        'Din roll saknar behörighet för den begärda åtgärden.',
        'Your role does not permit the requested action.',
      );
  }
}

export const subjectGuards = {
  /** The role has the privilege for the action, and the certificate type offers the action at all. */
  rolePrivilege: ({ action, actor, lifecycle }) => {
    if (!typeOffersAction(lifecycle, action)) {
      return refuse(
        'actionNotForType',
        'Åtgärden finns inte för den här intygstypen.',
        'This certificate type does not offer the requested action.',
      );
    }
    return roleHasPrivilege(actor.role, action) ? undefined : roleRefusal(action);
  },

  /** ActionRuleProtectedPerson: a protected patient is handled only by signing roles at the certificate's own unit. */
  protectedIdentity: ({ actor, patient, unitId }) => {
    if (!patient.protectedIdentity) return undefined;
    if (roleHasPrivilege(actor.role, 'handleProtectedIdentity') && unitId === actor.unitId) return undefined;
    return { code: 'protectedIdentity', message: PROTECTED_IDENTITY_MESSAGE };
  },

  /** Feature SEKRETESSMARKERING: only some types may be written for a protected patient. */
  protectedIdentityType: ({ patient, lifecycle }) =>
    !patient.protectedIdentity || lifecycle.forProtectedIdentity === true
      ? undefined
      : refuse(
          'typeNotForProtectedIdentity',
          'Intygstypen kan inte utfärdas för patienter med skyddade personuppgifter.',
          'This certificate type cannot be issued for patients with protected personal data.',
        ),

  /** ActionRulePatientAlive; the death certificate types are written precisely for the deceased. */
  patientAlive: ({ patient, lifecycle }) =>
    !patient.deceased || lifecycle.forDeceasedPatient === true
      ? undefined
      : refuse(
          'patientDeceased',
          'Du kan ej utföra den begärda åtgärden eftersom patienten är avliden.',
          'You cannot take the requested action because the patient is deceased.',
        ),

  /** ActionRuleBlockTestIndicatedPerson. */
  notTestPerson: ({ patient }) =>
    patient.testPerson
      ? refuse(
          'testPerson',
          'Åtgärden kan inte utföras för testpersoner.',
          'The action cannot be taken for test persons.',
        )
      : undefined,
} satisfies Record<string, SubjectGuard>;

export type SubjectGuardName = keyof typeof subjectGuards;

/**
 * A privilege that belongs to the unit rather than to a certificate (e.g. managing its webhooks): the role alone
 * decides, and a refusal names the reason as the certificate actions do.
 */
export function evaluateUnitPrivilege(
  actor: Actor,
  privilege: Privilege,
): { readonly allowed: boolean; readonly reasons: Refusal[] } {
  return roleHasPrivilege(actor.role, privilege)
    ? { allowed: true, reasons: [] }
    : { allowed: false, reasons: [roleRefusal(privilege)] };
}
