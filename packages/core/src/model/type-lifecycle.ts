/**
 * How the lifecycle treats a certificate type (domain.md §2.9, §5.1, §5.4): the actions it does not offer and
 * the patients it may be written for. Plain data on the model; the lifecycle's guards read it, so no code
 * outside `certificate-types/` needs to know a type by its id.
 */

/** The actions a type may leave out; every other action is the role's and the certificate's state's to decide. */
export const WITHHOLDABLE_ACTIONS = ['send', 'renew', 'replace', 'complement'] as const;
export type WithholdableAction = (typeof WITHHOLDABLE_ACTIONS)[number];

export interface TypeLifecycle {
  /**
   * Actions the type does not offer, for any role: a type without a digital recipient is printed, not sent
   * (ag7804, ag114); only Försäkringskassan asks for complements (KOMPLT); some types are never renewed
   * (FORNYA_INTYG) or replaced (ERSATTA_INTYG). Absent: every action.
   */
  readonly withholds?: readonly WithholdableAction[];
  /** Whether a draft may be written for a patient with protected identity (feature SEKRETESSMARKERING). */
  readonly forProtectedIdentity?: boolean;
  /** Whether a draft may be written for a deceased patient (HANTERA_INTYGSUTKAST_AVLIDEN): the death certificates. */
  readonly forDeceasedPatient?: boolean;
}

/**
 * A model that declares nothing offers every action and is written only for living patients without protected
 * identity: refusing those patients is the safe side for a type whose rules have not been looked up yet.
 */
export const UNDECLARED_TYPE_LIFECYCLE: TypeLifecycle = {};

export function typeOffersAction(lifecycle: TypeLifecycle, action: string): boolean {
  return !(lifecycle.withholds as readonly string[] | undefined)?.includes(action);
}

/** A model's lifecycle as the guards take it: its declaration, or UNDECLARED_TYPE_LIFECYCLE. */
export function typeLifecycleOf(model: { readonly lifecycle?: TypeLifecycle }): TypeLifecycle {
  return model.lifecycle ?? UNDECLARED_TYPE_LIFECYCLE;
}
