/** RIV-TA RegisterCertificate v3: certificates to and from the national XML format, generic over the models. */
export type { RivCertificate, RivError, RivIssuer, RivPerson, RivUnit, ParsedRegisterCertificate } from './types.js';
export { registerCertificateXml, DEFAULT_WORKPLACE_CODE } from './register-certificate-xml.js';
export { parseRegisterCertificate } from './parse-register-certificate.js';
export { validateRegisteredCertificate, type RegisteredValidationOptions } from './validate-registered-certificate.js';
export { registerCertificateResponseXml, type RegisterCertificateResult } from './response-xml.js';
export { checkTransport } from './transport-plan.js';
export { MAX_MESSAGE_BYTES } from './xml-reader.js';
export { NS_CORE, NS_RESPONDER, NS_TYPES } from './namespaces.js';
