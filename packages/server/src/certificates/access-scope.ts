import type { Actor } from '@intyg/core';
import type { AccessScope } from '@intyg/store';
import { findUnit } from '../directory/test-directory.js';

/**
 * The certificates a user may reach: those of the care unit they work in and of its sub-units
 * (mottagningar, from the HSA directory). No rule used here reads across the care provider's units yet
 * (sammanhållen journalföring would), so no actor gets a care-provider scope.
 */
export function accessScopeOf(actor: Pick<Actor, 'unitId'>): AccessScope {
  const subUnits = findUnit(actor.unitId)?.subUnits ?? [];
  return { unitIds: [actor.unitId, ...subUnits.map((unit) => unit.unitId)] };
}
