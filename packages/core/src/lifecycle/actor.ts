/** Roles as the Swedish system has them (domain.md §2.9, §5). */
export const ROLES = ['doctor', 'privateDoctor', 'dentist', 'nurse', 'midwife', 'careAdmin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The person acting, passed explicitly to every domain call. The unit is the care
 * unit the person works in right now; access follows it.
 */
export interface Actor {
  readonly userId: string;
  /** HSA id of the person. */
  readonly hsaId: string;
  readonly name: string;
  readonly role: Role;
  readonly unitId: string;
  readonly careProviderId: string;
  /**
   * May read and verify the PDL audit log (logggranskare). An administrative assignment, not a role: it
   * gives no access to certificates.
   */
  readonly auditor?: boolean;
}
