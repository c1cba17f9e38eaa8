import { guards, type ActionContext, type GuardName, type Refusal } from './guards.js';

/**
 * Actions on a certificate and the guards each requires, as data (domain.md §2.2, §2.9).
 * Every guard is evaluated, so a refusal lists all its reasons at once.
 */
export const ACTION_GUARDS = {
  read: ['withinCareUnit'],
  update: ['withinCareUnit', 'isDraft', 'revisionCurrent'],
  delete: ['withinCareUnit', 'isDraft', 'revisionCurrent'],
  markReadyForSign: ['withinCareUnit', 'nonSigningRole', 'isDraft', 'revisionCurrent', 'notReadyForSign'],
  sign: ['withinCareUnit', 'signingRole', 'isDraft', 'revisionCurrent', 'complete'],
} as const satisfies Record<string, readonly GuardName[]>;

export type ActionId = keyof typeof ACTION_GUARDS;

export const ACTION_IDS = Object.keys(ACTION_GUARDS) as ActionId[];

export interface ActionAvailability {
  readonly id: ActionId;
  readonly allowed: boolean;
  readonly reasons: readonly Refusal[];
}

export function evaluateAction(action: ActionId, context: ActionContext): ActionAvailability {
  const reasons: Refusal[] = [];
  for (const name of ACTION_GUARDS[action]) {
    const refusal = guards[name](context);
    if (refusal) reasons.push(refusal);
  }
  return { id: action, allowed: reasons.length === 0, reasons };
}

/** Every action with whether the actor may take it now; what the API attaches to each certificate. */
export function availableActions(context: ActionContext): ActionAvailability[] {
  return ACTION_IDS.map((action) => evaluateAction(action, context));
}
