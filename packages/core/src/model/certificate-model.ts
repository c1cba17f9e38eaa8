import type { ElementSpec } from './element.js';
import type { MessageExchange } from './message-exchange.js';
import type { PrintOptions } from './print-options.js';
import type { SendNote } from './send-notes.js';
import type { SickLeaveDeclaration } from './sick-leave-declaration.js';
import type { ModelTransport } from './transport.js';
import type { TypeLifecycle } from './type-lifecycle.js';

export interface ModelId {
  /** Certificate type id, e.g. "lisjp". */
  readonly type: string;
  /** Model version, e.g. "2.0". */
  readonly version: string;
}

export interface Recipient {
  /** Recipient id as in the national recipient registry, e.g. FKASSA, TRANSP. */
  readonly id: string;
  readonly name: string;
}

/**
 * One version of one certificate type. Everything the form, validation, PDF and
 * transport formats need follows from this data.
 */
export interface CertificateModel extends ModelId {
  /** Type code in the national code system KV intygstyp, e.g. LISJP. */
  readonly typeCode: string;
  /** The recipient's form id, e.g. "FK 7804". */
  readonly formId?: string;
  /** Official Swedish name, e.g. "Läkarintyg för sjukpenning". */
  readonly name: string;
  /** Short description of what the certificate is for. */
  readonly description: string;
  readonly recipient: Recipient | null;
  /** The first day (YYYY-MM-DD) new drafts may use this version. */
  readonly activeFrom: string;
  /** Version of the official text set the labels come from, e.g. "1.2". */
  readonly textVersion?: string;
  /** How the type is identified in RIV-TA RegisterCertificate v3 (type code, code system, versions read). */
  readonly transport: ModelTransport;
  /** The top-level elements, normally categories. Order is display order. */
  readonly elements: readonly ElementSpec[];
  /** Where the sick-leave periods and diagnoses are, for sick-leave cases and the FMB length warning. */
  readonly sickLeave?: SickLeaveDeclaration;
  /**
   * Types a draft may be created from a signed certificate of this model ("utkast från intyg", e.g. FK7804 →
   * AG7804, domain.md §2.8); the answers the target's elements share are carried over.
   */
  readonly createsDraftsOf?: readonly string[];
  /** What the doctor reads before sending it to the recipient. */
  readonly sendNotes?: readonly SendNote[];
  /** What a printout may leave out at the patient's request (the employer's certificates' diagnosis). */
  readonly printOptions?: PrintOptions;
  /** Questions and answers with the recipient (domain.md §3); absent: the type exchanges none. */
  readonly messages?: MessageExchange;
  /** Actions the type does not offer and the patients it may be written for; absent: UNDECLARED_TYPE_LIFECYCLE. */
  readonly lifecycle?: TypeLifecycle;
}

export function modelKey(id: ModelId): string {
  return `${id.type}/${id.version}`;
}
