import { ROLES, roleHasPrivilege, type Actor, type Privilege, type Role } from '@intyg/core';
import type { User } from '../api/types.js';

const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/**
 * The signed-in user as core's lifecycle rules see them, so that the page can tell beforehand what the server
 * will allow (the server decides again); undefined for a role core does not know.
 */
export function actorOf(user: User): Actor | undefined {
  if (!isRole(user.role)) return undefined;
  return {
    userId: user.userId,
    hsaId: user.hsaId ?? user.userId,
    name: user.name,
    role: user.role,
    unitId: user.unitId ?? '',
    careProviderId: user.careProviderId ?? '',
  };
}

/** Whether the user's role has the privilege (false for an unknown role). */
export function userMay(user: User | null | undefined, privilege: Privilege): boolean {
  return user !== null && user !== undefined && isRole(user.role) && roleHasPrivilege(user.role, privilege);
}
