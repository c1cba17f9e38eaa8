/**
 * The RIV-TA interactions of clinicalprocess:healthcond:certificate this package writes and reads: each
 * request element's name and responder namespace (its response is `<name>Response` in the same
 * namespace), and the code systems the messages use (see xsd/ and domain.md §3, §4.2).
 */
import { NS_RESPONDER } from '../namespaces.js';

export interface RivContract {
  /** The request element's local name, e.g. `RevokeCertificate`. */
  readonly name: string;
  /** The responder namespace of the request and response elements. */
  readonly namespace: string;
}

export const REGISTER_CERTIFICATE: RivContract = { name: 'RegisterCertificate', namespace: NS_RESPONDER };
export const REVOKE_CERTIFICATE: RivContract = {
  name: 'RevokeCertificate',
  namespace: 'urn:riv:clinicalprocess:healthcond:certificate:RevokeCertificateResponder:2',
};
export const SEND_MESSAGE_TO_CARE: RivContract = {
  name: 'SendMessageToCare',
  namespace: 'urn:riv:clinicalprocess:healthcond:certificate:SendMessageToCareResponder:2',
};
export const SEND_MESSAGE_TO_RECIPIENT: RivContract = {
  name: 'SendMessageToRecipient',
  namespace: 'urn:riv:clinicalprocess:healthcond:certificate:SendMessageToRecipientResponder:2',
};

/** The element a contract's request consists of. */
export function requestElement(contract: RivContract): { namespace: string; localName: string } {
  return { namespace: contract.namespace, localName: contract.name };
}

/** The element a contract's response consists of. */
export function responseElement(contract: RivContract): { namespace: string; localName: string } {
  return { namespace: contract.namespace, localName: `${contract.name}Response` };
}

/** KV Ärendetyp (Amneskod): the subject of a message between care and a recipient. */
export const OID_AMNESKOD = 'ffa59d8f-8d7e-46ae-ac9e-31804e8e8499';
/** KV Part: who sends a message (FKASSA, TRANSP, HSVARD, …). */
export const OID_PART = '769bb12b-bd9f-4203-a5cd-fd14f2eb3b80';

/** The subjects (amne) of messages and their Swedish names (domain.md §3). */
export const MESSAGE_SUBJECTS = {
  KOMPLT: 'Komplettering',
  PAMINN: 'Påminnelse',
  KONTKT: 'Kontakt',
  OVRIGT: 'Övrigt',
  AVSTMN: 'Avstämningsmöte',
  SVAR: 'Svar',
} as const;

export type MessageSubject = keyof typeof MESSAGE_SUBJECTS;

export function isMessageSubject(code: string): code is MessageSubject {
  return Object.hasOwn(MESSAGE_SUBJECTS, code);
}
