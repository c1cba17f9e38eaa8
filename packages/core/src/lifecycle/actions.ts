import type { TypeLifecycle } from '../model/type-lifecycle.js';
import type { Actor } from './actor.js';
import { guards, type ActionContext, type GuardName, type PatientFacts, type Refusal } from './guards.js';
import type { Privilege } from './privileges.js';
import { subjectGuards, type ActionSubject, type SubjectGuardName } from './subject-guards.js';

type AnyGuardName = GuardName | SubjectGuardName;

/**
 * Actions on a certificate and the guards each requires, as data (domain.md §2.2, §2.9, §5.3, §5.4).
 * Every guard is evaluated, so a refusal lists all its reasons at once. Each action id is also the
 * privilege it needs (`privileges.ts`). Guards on relations and complement requests read `related` and
 * `openComplementRequests` of the context, and `answerMessage` its `exchangesMessages`; what a model creates drafts of (`createDraftFrom`) and whether
 * a recipient is configured (`send`) the server checks besides.
 */
export const ACTION_GUARDS = {
  read: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity'],
  update: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'isDraft', 'revisionCurrent'],
  delete: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'isDraft', 'revisionCurrent'],
  markReadyForSign: [
    'withinCareUnit',
    'rolePrivilege',
    'protectedIdentity',
    'isDraft',
    'revisionCurrent',
    'notReadyForSign',
  ],
  sign: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'isDraft', 'revisionCurrent', 'complete'],
  send: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'notTestPerson', 'isSigned', 'notReplaced', 'notSent'],
  print: ['withinCareProvider', 'rolePrivilege', 'protectedIdentity'],
  renew: [
    'withinCareUnit',
    'rolePrivilege',
    'protectedIdentity',
    'patientAlive',
    'isSigned',
    'notReplaced',
    'noOpenReplacementOrComplement',
  ],
  replace: [
    'withinCareUnit',
    'rolePrivilege',
    'protectedIdentity',
    'patientAlive',
    'isSigned',
    'notReplaced',
    'noOpenReplacementOrComplement',
    'noOpenComplementRequest',
  ],
  revoke: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'isSigned', 'revisionCurrent'],
  complement: [
    'withinCareUnit',
    'rolePrivilege',
    'protectedIdentity',
    'patientAlive',
    'isSigned',
    'isSent',
    'hasComplementRequest',
    'notComplemented',
    'noOpenReplacementOrComplement',
  ],
  copy: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'patientAlive', 'isLockedDraft'],
  createDraftFrom: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'patientAlive', 'isSigned', 'notReplaced'],
  /**
   * Ask the recipient a question or answer one of its questions (domain.md §3): a signed certificate that
   * reached its recipient, of a type that exchanges messages. A revoked one gets no new messages from care.
   */
  answerMessage: ['withinCareUnit', 'rolePrivilege', 'protectedIdentity', 'exchangesMessages', 'isSigned', 'isSent'],
} as const satisfies Partial<Record<Privilege, readonly AnyGuardName[]>>;

/** Creating a draft: there is no certificate yet, only who, what type and which patient. */
export const CREATE_GUARDS = [
  'rolePrivilege',
  'protectedIdentity',
  'protectedIdentityType',
  'patientAlive',
] as const satisfies readonly SubjectGuardName[];

export type ActionId = keyof typeof ACTION_GUARDS;

/** Every action modelled on a certificate. */
export const MODELLED_ACTION_IDS = Object.keys(ACTION_GUARDS) as ActionId[];

/** The actions the API reports with every certificate: each one modelled, in the order of ACTION_GUARDS. */
export const ACTION_IDS: readonly ActionId[] = MODELLED_ACTION_IDS;

export interface ActionAvailability<Id extends string = ActionId> {
  readonly id: Id;
  readonly allowed: boolean;
  readonly reasons: readonly Refusal[];
}

export interface CreateContext {
  readonly actor: Actor;
  /** The model's `lifecycle` (UNDECLARED_TYPE_LIFECYCLE when it has none). */
  readonly lifecycle: TypeLifecycle;
  readonly patient: PatientFacts;
}

const isSubjectGuard = (name: AnyGuardName): name is SubjectGuardName => Object.hasOwn(subjectGuards, name);

export function evaluateAction(action: ActionId, context: ActionContext): ActionAvailability {
  const subject: ActionSubject = {
    action,
    actor: context.actor,
    lifecycle: context.lifecycle,
    patient: context.patient,
    unitId: context.certificate.unit.unitId,
  };
  const reasons: Refusal[] = [];
  for (const name of ACTION_GUARDS[action] as readonly AnyGuardName[]) {
    const refusal = isSubjectGuard(name) ? subjectGuards[name](subject) : guards[name](context);
    if (refusal) reasons.push(refusal);
  }
  return { id: action, allowed: reasons.length === 0, reasons };
}

/** Whether the actor may create a draft of a type (its model's `lifecycle`) for the patient, at their unit. */
export function evaluateCreate({ actor, lifecycle, patient }: CreateContext): ActionAvailability<'create'> {
  const subject: ActionSubject = { action: 'create', actor, lifecycle, patient, unitId: actor.unitId };
  const reasons = CREATE_GUARDS.map((name) => subjectGuards[name](subject)).filter(
    (refusal): refusal is Refusal => refusal !== undefined,
  );
  return { id: 'create', allowed: reasons.length === 0, reasons };
}

/** Each action the API offers, with whether the actor may take it now; what the API attaches to each certificate. */
export function availableActions(
  context: ActionContext,
  actions: readonly ActionId[] = ACTION_IDS,
): ActionAvailability[] {
  return actions.map((action) => evaluateAction(action, context));
}
