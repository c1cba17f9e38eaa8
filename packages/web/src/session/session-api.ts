import { request } from '../api/client.js';
import type { User } from '../api/types.js';

/** A care unit the person may work in (`GET /api/session/units`). */
export interface UnitChoice {
  readonly unitId: string;
  readonly unitName: string;
  readonly careProviderId: string;
  readonly careProviderName: string;
}

/** `GET /api/me`: a care session with a unit, a session waiting for the unit choice, or a citizen. */
export type Me =
  | { readonly kind: 'care'; readonly user: User; readonly units: readonly UnitChoice[] }
  | { readonly kind: 'pendingUnit'; readonly user: User; readonly units: readonly UnitChoice[] }
  | { readonly kind: 'citizen'; readonly user: { readonly name: string }; readonly units: readonly UnitChoice[] };

export const sessionApi = {
  me: (): Promise<Me> => request<Me>('GET', '/api/me'),
  chooseUnit: async (unitId: string): Promise<User> =>
    (await request<{ user: User }>('POST', '/api/session/unit', { unitId })).user,
};

/** The identity provider login: a full-page navigation, not a fetch. */
export const oidcLoginUrl = (method: 'siths' | 'bankid') => `/auth/login?method=${method}`;
