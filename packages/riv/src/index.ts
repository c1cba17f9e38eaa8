/**
 * RIV-TA clinicalprocess:healthcond:certificate: RegisterCertificate v3 (certificates to and from the national
 * XML format, generic over the models), RevokeCertificate v2, SendMessageToCare v2 and SendMessageToRecipient v2,
 * each with its response. Pure: no HTTP.
 */
export type {
  RivCareProfessional,
  RivCertificate,
  RivError,
  RivIssuer,
  RivPerson,
  RivUnit,
  ParsedRegisterCertificate,
} from './types.js';
export { registerCertificateXml, DEFAULT_WORKPLACE_CODE } from './register-certificate-xml.js';
export { parseRegisterCertificate } from './parse-register-certificate.js';
export { validateRegisteredCertificate, type RegisteredValidationOptions } from './validate-registered-certificate.js';
export { registerCertificateResponseXml, type RegisterCertificateResult } from './response-xml.js';
export { checkTransport } from './transport-plan.js';
export { MAX_MESSAGE_BYTES } from './xml-reader.js';
export { NS_CORE, NS_RESPONDER, NS_TYPES } from './namespaces.js';

export {
  MESSAGE_SUBJECTS,
  OID_AMNESKOD,
  OID_PART,
  REGISTER_CERTIFICATE,
  REVOKE_CERTIFICATE,
  SEND_MESSAGE_TO_CARE,
  SEND_MESSAGE_TO_RECIPIENT,
  isMessageSubject,
  type MessageSubject,
  type RivContract,
} from './interactions/contracts.js';
export type { RivParsed } from './interactions/contract-document.js';
export {
  ERROR_IDS,
  MAX_REPORTED_ERRORS,
  RESULT_CODES,
  deliveryOutcome,
  validationErrorResult,
  parseResultResponse,
  resultResponseXml,
  soapFaultXml,
  type ParsedResult,
  type RivResult,
} from './interactions/result.js';
export {
  parseRevokeCertificate,
  parseRevokeCertificateResponse,
  revokeCertificateResponseXml,
  revokeCertificateXml,
  type RivRevocation,
} from './interactions/revoke-certificate.js';
export type { RivMessageHead, RivMessageReference } from './interactions/message-head.js';
export {
  parseSendMessageToCare,
  parseSendMessageToCareResponse,
  sendMessageToCareResponseXml,
  sendMessageToCareXml,
  type RivComplementRequest,
  type RivMessageToCare,
} from './interactions/send-message-to-care.js';
export {
  parseSendMessageToRecipient,
  parseSendMessageToRecipientResponse,
  sendMessageToRecipientResponseXml,
  sendMessageToRecipientXml,
  type RivMessageToRecipient,
} from './interactions/send-message-to-recipient.js';
