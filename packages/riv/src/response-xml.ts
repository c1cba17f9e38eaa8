/** The answer to RegisterCertificate: a SOAP 1.1 envelope around RegisterCertificateResponse/result. */
import { REGISTER_CERTIFICATE } from './interactions/contracts.js';
import { resultResponseElement, resultResponseXml, type RivResult } from './interactions/result.js';
import type { XmlElement } from './xml-writer.js';

export type RegisterCertificateResult = RivResult;

/** The bare RegisterCertificateResponse element. */
export function registerCertificateResponseElement(result: RegisterCertificateResult): XmlElement {
  return resultResponseElement(REGISTER_CERTIFICATE, result);
}

export function registerCertificateResponseXml(result: RegisterCertificateResult): string {
  return resultResponseXml(REGISTER_CERTIFICATE, result);
}
