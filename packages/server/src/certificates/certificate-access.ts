import {
  evaluateAction,
  exchangesMessages,
  type ActionAvailability,
  type ActionId,
  type Actor,
  type Certificate,
  type CompiledModel,
  type PatientFacts,
  type TypeLifecycle,
  type ValidationError,
  typeLifecycleOf,
  UNDECLARED_TYPE_LIFECYCLE,
} from '@intyg/core';
import type { Store } from '@intyg/store';
import { AppError } from '../errors.js';
import { patientFacts, type PatientRegistry } from '../patients/patient-registry.js';
import { accessScopeOf } from './access-scope.js';
import { conflict, notAllowed, notFound } from './certificate-errors.js';
import type { ModelCatalog } from './model-catalog.js';

/** Actions whose guards read the certificate's relations or complement requests. */
const RELATION_ACTIONS: readonly ActionId[] = ['send', 'renew', 'replace', 'complement', 'createDraftFrom'];

/**
 * Reaching a certificate and its patient on an actor's behalf: the store's scope, the registry's facts about
 * the patient, and the action's guards, each refusal turned into the error the API answers with.
 */
export class CertificateAccess {
  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly models: ModelCatalog;
      readonly patients: PatientRegistry;
      /** How many open complement requests a certificate has (the messages part). */
      readonly complementRequests?: (certificateId: string) => Promise<number>;
    },
  ) {}

  patientFor(personId: string) {
    return this.deps.patients.get(personId);
  }

  /**
   * What the registry says of a stored certificate's patient. A person the registry no longer knows
   * counts as protected, as Webcert refuses when the protection status is undefined (domain.md §5.3).
   */
  async factsOf(personId: string): Promise<PatientFacts> {
    try {
      return patientFacts(await this.patientFor(personId));
    } catch (error) {
      if (error instanceof AppError && error.code === 'PATIENT_NOT_FOUND') {
        return { protectedIdentity: true, deceased: false, testPerson: false };
      }
      throw error;
    }
  }

  /** `factsOf`, asked once per person: for a list, whose rows often share patients. */
  factsOnce(): (personId: string) => Promise<PatientFacts> {
    const facts = new Map<string, Promise<PatientFacts>>();
    return (personId) => facts.get(personId) ?? facts.set(personId, this.factsOf(personId)).get(personId)!;
  }

  /** A patient named in a request body: an unknown one makes the request unprocessable, not a missing page. */
  async patientReferredTo(personId: string) {
    try {
      return await this.patientFor(personId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'PATIENT_NOT_FOUND') {
        throw new AppError('UNKNOWN_PATIENT', error.message);
      }
      throw error;
    }
  }

  /**
   * The certificate if it is within the actor's scope. The store applies the scope itself; the core
   * guard `withinCareUnit` checks the unit again as a second line of defence.
   */
  async load(actor: Actor, id: string): Promise<Certificate> {
    const certificate = await this.deps.store.getCertificate(id, accessScopeOf(actor));
    if (!certificate) throw notFound();
    return certificate;
  }

  modelOf(certificate: Certificate): CompiledModel {
    const compiled = this.deps.models.get(certificate.type, certificate.version);
    if (!compiled) throw new Error(`No model ${certificate.type}/${certificate.version} for a stored certificate`);
    return compiled;
  }

  /** Whether the certificate's model exchanges messages with its recipient; not when the model is unknown. */
  /** What the guards read of the certificate's model; a model no longer known offers only the defaults. */
  private modelFacts(certificate: Certificate): { exchangesMessages: boolean; lifecycle: TypeLifecycle } {
    const compiled = this.deps.models.get(certificate.type, certificate.version);
    return compiled === undefined
      ? { exchangesMessages: false, lifecycle: UNDECLARED_TYPE_LIFECYCLE }
      : { exchangesMessages: exchangesMessages(compiled.model), lifecycle: typeLifecycleOf(compiled.model) };
  }

  /**
   * Open requests for a complement (KOMPLT) on the certificate: the messages part answers it; none without
   * one. Only a certificate the recipient has can be asked about, so for any other the answer is known.
   */
  async openComplementRequests(certificate: Certificate): Promise<number> {
    if (certificate.sending?.state !== 'delivered') return 0;
    return (await this.deps.complementRequests?.(certificate.id)) ?? 0;
  }

  /**
   * Evaluates the action's guards with the patient's facts from the registry (and, for actions that depend on
   * them, the certificate's relations and open complement requests, and whether its model exchanges messages).
   */
  async evaluate(
    action: ActionId,
    actor: Actor,
    certificate: Certificate,
    extra: { expectedRevision?: number; validationErrors?: readonly ValidationError[] } = {},
  ): Promise<{ availability: ActionAvailability; patient: PatientFacts }> {
    const needsRelations = RELATION_ACTIONS.includes(action);
    const [patient, related, openComplementRequests] = await Promise.all([
      this.factsOf(certificate.patient.personId),
      needsRelations ? this.deps.store.listRelations(certificate.id) : undefined,
      needsRelations ? this.openComplementRequests(certificate) : undefined,
    ]);
    const availability = evaluateAction(action, {
      actor,
      certificate,
      patient,
      ...this.modelFacts(certificate),
      ...extra,
      ...(related === undefined ? {} : { related }),
      ...(openComplementRequests === undefined ? {} : { openComplementRequests }),
    });
    return { availability, patient };
  }

  /** Checks the action's guards (see `evaluate`) and returns the patient's facts; a refusal is thrown. */
  async require(
    action: ActionId,
    actor: Actor,
    certificate: Certificate,
    extra: { expectedRevision?: number; validationErrors?: readonly ValidationError[] } = {},
  ): Promise<PatientFacts> {
    const { availability: result, patient } = await this.evaluate(action, actor, certificate, extra);
    if (result.allowed) return patient;
    const codes = result.reasons.map((reason) => reason.code);
    // Another unit's certificate is not shown at all, not even its state.
    if (codes.includes('otherCareUnit')) throw notFound();
    // A protected patient's certificate at the user's own unit: its existence is known, the access is not allowed.
    if (codes.includes('protectedIdentity')) throw notAllowed(result.reasons);
    if (codes.includes('revisionChanged')) throw conflict();
    if (codes.length === 1 && codes[0] === 'incomplete') {
      throw new AppError('CERTIFICATE_INCOMPLETE', 'The draft is incomplete.', {
        errors: extra.validationErrors ?? [],
      });
    }
    throw notAllowed(result.reasons);
  }
}
