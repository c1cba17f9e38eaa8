/** The answer to RegisterCertificate: a SOAP 1.1 envelope around RegisterCertificateResponse/result. */
import { NS_CORE, NS_RESPONDER, NS_SOAP11 } from './namespaces.js';
import { element, serializeDocument, textElement, type XmlElement } from './xml-writer.js';

export interface RegisterCertificateResult {
  readonly resultCode: 'OK' | 'INFO' | 'ERROR';
  readonly errorId?: 'VALIDATION_ERROR' | 'APPLICATION_ERROR' | 'TECHNICAL_ERROR';
  readonly resultText?: string;
}

/** The bare RegisterCertificateResponse element (ResultType: resultCode, resultText?, errorId? in this order). */
export function registerCertificateResponseElement(result: RegisterCertificateResult): XmlElement {
  return element(
    'RegisterCertificateResponse',
    [
      element('result', [
        textElement('core:resultCode', result.resultCode),
        textElement('core:resultText', result.resultText),
        textElement('core:errorId', result.errorId),
      ]),
    ],
    { xmlns: NS_RESPONDER, 'xmlns:core': NS_CORE },
  );
}

export function registerCertificateResponseXml(result: RegisterCertificateResult): string {
  return serializeDocument(
    element('soap:Envelope', [element('soap:Body', [registerCertificateResponseElement(result)])], {
      'xmlns:soap': NS_SOAP11,
    }),
  );
}
