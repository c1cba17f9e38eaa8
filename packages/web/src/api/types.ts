import type { Certificate, LocalizedText, Role, ValidationError } from '@intyg/core';

/** The signed-in person as `GET /api/me` and the login answer describe them. */
export interface User {
  readonly userId: string;
  readonly name: string;
  readonly role: Role | string;
  readonly hsaId?: string;
  readonly unitId?: string;
  readonly unitName?: string;
  readonly careProviderId?: string;
  readonly careProviderName?: string;
}

/** An entry of `GET /api/dev/users`. */
export interface TestUser extends Partial<User> {
  readonly id?: string;
  readonly name: string;
}

export interface Patient {
  readonly personId: string;
  readonly name: string;
}

export interface CertificateTypeSummary {
  readonly type: string;
  readonly version: string;
  readonly name: string;
  readonly description?: string;
  readonly formId?: string;
}

export interface ActionRefusal {
  readonly code: string;
  readonly message: LocalizedText;
}

export interface CertificateAction {
  readonly id: string;
  readonly allowed: boolean;
  readonly reasons: readonly ActionRefusal[];
}

export interface CertificateResponse extends Certificate {
  readonly actions: readonly CertificateAction[];
  readonly validation?: { readonly valid: boolean; readonly errors: readonly ValidationError[] };
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}
