/** XML namespaces and fixed OIDs of RIV-TA RegisterCertificate v3 (see xsd/). */

/** RegisterCertificate, RegisterCertificateResponse and their direct children (`intyg`, `result`). */
export const NS_RESPONDER = 'urn:riv:clinicalprocess:healthcond:certificate:RegisterCertificateResponder:3';
/** The children of `intyg` (Intyg, Patient, HosPersonal, Enhet, Svar, ResultType). */
export const NS_CORE = 'urn:riv:clinicalprocess:healthcond:certificate:3';
/** Data types: root/extension, code/codeSystem, cv, datePeriod, partialDate, pq. */
export const NS_TYPES = 'urn:riv:clinicalprocess:healthcond:certificate:types:3';

export const NS_SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
export const NS_SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';

/** HSA-id (personal, unit, care provider). */
export const OID_HSA_ID = '1.2.752.129.2.1.4.1';
/** Personnummer. */
export const OID_PERSONNUMMER = '1.2.752.129.2.1.3.1';
/** Samordningsnummer. */
export const OID_SAMORDNINGSNUMMER = '1.2.752.129.2.1.3.3';
/** Arbetsplatskod. */
export const OID_ARBETSPLATSKOD = '1.2.752.29.4.71';
