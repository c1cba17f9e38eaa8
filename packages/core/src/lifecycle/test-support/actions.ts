import type { TypeLifecycle } from '../../model/type-lifecycle.js';
import {
  availableActions as availableActionsOf,
  evaluateAction as evaluateActionOf,
  evaluateCreate as evaluateCreateOf,
  type ActionId,
  type CreateContext,
} from '../actions.js';
import type { ActionContext } from '../guards.js';

/**
 * The lifecycle Försäkringskassan's types declare (certificate-types' FORSAKRINGSKASSAN_LIFECYCLE): every
 * action, protected patients allowed. Tests of the guards use it unless they are about another lifecycle.
 */
export const FK_LIFECYCLE: TypeLifecycle = { forProtectedIdentity: true };

type WithLifecycle<T> = Omit<T, 'lifecycle'> & { readonly lifecycle?: TypeLifecycle };

/** `evaluateAction` for a certificate of FK_LIFECYCLE unless the context names another. */
export const evaluateAction = (action: ActionId, context: WithLifecycle<ActionContext>) =>
  evaluateActionOf(action, { lifecycle: FK_LIFECYCLE, ...context });

export const evaluateCreate = (context: WithLifecycle<CreateContext>) =>
  evaluateCreateOf({ lifecycle: FK_LIFECYCLE, ...context });

export const availableActions = (context: WithLifecycle<ActionContext>, actions?: readonly ActionId[]) =>
  availableActionsOf({ lifecycle: FK_LIFECYCLE, ...context }, actions);
