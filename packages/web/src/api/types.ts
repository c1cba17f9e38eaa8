import type {
  Certificate,
  LocalizedText,
  MessageLevel,
  RelatedCertificate,
  Role,
  TypeLifecycle,
  ValidationError,
} from '@intyg/core';

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

/** What the population registry says of a patient that changes what may be done (domain.md §5.3, §5.4). */
export interface PatientFlags {
  readonly protectedIdentity: boolean;
  readonly deceased: boolean;
  readonly testPerson: boolean;
}

export interface PostalAddress {
  readonly street: string;
  readonly zipCode: string;
  readonly city: string;
}

/**
 * A person from `GET /api/patients`. For a patient with protected identity the server sends name and
 * address as null to users who may not handle such patients.
 */
export interface Patient extends PatientFlags {
  readonly personId: string;
  readonly coordinationNumber: boolean;
  readonly name: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly address: PostalAddress | null;
}

/** A certificate's patient as the API returns it, redacted alike. */
export interface CertificatePatient extends PatientFlags {
  readonly personId: string;
  readonly name: string | null;
}

export interface CertificateTypeSummary {
  readonly type: string;
  /** The version new drafts get (the newest when none is active yet). */
  readonly version: string;
  /** Whether a new draft may be created today; older types stay listed so their certificates keep their names. */
  readonly canCreateDraft: boolean;
  readonly name: string;
  readonly description?: string;
  readonly formId?: string;
  /** The types a signed certificate of this type may start a draft of ("utkast från intyg"). */
  readonly createsDraftsOf?: readonly string[];
  /** The actions the type withholds and the patients it may be written for. */
  readonly lifecycle: TypeLifecycle;
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

/**
 * A rule's guidance on a draft, e.g. a sick leave longer than FMB recommends: shown at `elementId`, with a
 * way to `pointsTo`, the question where the doctor can act. Never blocks signing. `ruleId` is open-ended.
 */
export interface CertificateWarning {
  readonly ruleId: string;
  readonly elementId: string;
  readonly level: MessageLevel;
  readonly message: LocalizedText;
  readonly pointsTo?: string;
}

export interface CertificateResponse extends Omit<Certificate, 'patient'> {
  readonly patient: CertificatePatient;
  readonly actions: readonly CertificateAction[];
  readonly validation?: { readonly valid: boolean; readonly errors: readonly ValidationError[] };
  /** Recomputed by every response of a draft (create, read, autosave, sign); absent from older servers. */
  readonly warnings?: readonly CertificateWarning[];
  /** What it renews, replaces, complements… and what does so to it. */
  readonly relations?: readonly RelatedCertificate[];
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}
