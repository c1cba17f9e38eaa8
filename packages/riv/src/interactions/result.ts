/**
 * The answer every contract here gives (core ResultType: resultCode OK / INFO / ERROR, resultText?,
 * errorId?), inside `<name>Response` in a SOAP 1.1 envelope; its parser; a SOAP Fault for requests that
 * are refused before they are read (a bad key); and what a sender should do with an answer.
 */
import { messages } from '../messages.js';
import { NS_CORE, NS_SOAP11 } from '../namespaces.js';
import { ElementReader } from '../element-reader.js';
import type { RivError } from '../types.js';
import { element, escapeText, serializeDocument, textElement, type XmlElement } from '../xml-writer.js';
import { parseElement, type RivParsed } from './contract-document.js';
import { responseElement, type RivContract } from './contracts.js';

export const RESULT_CODES = ['OK', 'INFO', 'ERROR'] as const;
export const ERROR_IDS = ['VALIDATION_ERROR', 'APPLICATION_ERROR', 'TECHNICAL_ERROR'] as const;

export interface RivResult {
  readonly resultCode: (typeof RESULT_CODES)[number];
  /** With ERROR: VALIDATION_ERROR and APPLICATION_ERROR are permanent, TECHNICAL_ERROR may pass on a retry. */
  readonly errorId?: (typeof ERROR_IDS)[number];
  /** With INFO and ERROR: what happened, for people. */
  readonly resultText?: string;
}

export type ParsedResult = RivParsed<RivResult>;

/** The bare `<name>Response` element (ResultType: resultCode, resultText?, errorId? in this order). */
export function resultResponseElement(contract: RivContract, result: RivResult): XmlElement {
  return element(
    `${contract.name}Response`,
    [
      element('result', [
        textElement('core:resultCode', result.resultCode),
        textElement('core:resultText', result.resultText),
        textElement('core:errorId', result.errorId),
      ]),
    ],
    { xmlns: contract.namespace, 'xmlns:core': NS_CORE },
  );
}

/** The response in a SOAP 1.1 envelope. */
export function resultResponseXml(contract: RivContract, result: RivResult): string {
  return serializeDocument(
    element('soap:Envelope', [element('soap:Body', [resultResponseElement(contract, result)])], {
      'xmlns:soap': NS_SOAP11,
    }),
  );
}

/** The result of a `<name>Response` (bare or in a SOAP envelope); a SOAP Fault is an error naming its text. */
export function parseResultResponse(xml: unknown, contract: RivContract): ParsedResult {
  return parseElement(xml, responseElement(contract), (response, errors) => {
    const path = `${contract.name}Response/result`;
    const resultElement = new ElementReader(errors, contract.namespace).one(response, 'result', path);
    // ResultType's children are core elements.
    const r = new ElementReader(errors, NS_CORE);
    const resultCode = r.text(resultElement, 'resultCode', `${path}/resultCode`) ?? '';
    const resultText = r.text(resultElement, 'resultText', `${path}/resultText`, { optional: true });
    const errorId = r.text(resultElement, 'errorId', `${path}/errorId`, { optional: true });
    if (resultElement !== undefined && !isOneOf(RESULT_CODES, resultCode)) {
      errors.push(messages.notOneOf(`${path}/resultCode`, resultCode, RESULT_CODES));
    }
    if (errorId !== undefined && !isOneOf(ERROR_IDS, errorId)) {
      errors.push(messages.notOneOf(`${path}/errorId`, errorId, ERROR_IDS));
    }
    return {
      resultCode: resultCode as RivResult['resultCode'],
      ...(errorId === undefined ? {} : { errorId: errorId as NonNullable<RivResult['errorId']> }),
      ...(resultText === undefined ? {} : { resultText }),
    };
  });
}

function isOneOf(values: readonly string[], value: string): boolean {
  return values.includes(value);
}

/** The most validation texts one answer carries; the rest are counted. */
export const MAX_REPORTED_ERRORS = 50;

/** ERROR / VALIDATION_ERROR with one line per error (at most MAX_REPORTED_ERRORS, then how many more). */
export function validationErrorResult(errors: readonly RivError[]): RivResult {
  const texts = errors.slice(0, MAX_REPORTED_ERRORS).map((error) => error.text);
  if (errors.length > MAX_REPORTED_ERRORS) texts.push(`… och ${errors.length - MAX_REPORTED_ERRORS} fel till.`);
  return {
    resultCode: 'ERROR',
    errorId: 'VALIDATION_ERROR',
    resultText: texts.join('\n') || 'Meddelandet kunde inte valideras.',
  };
}

/**
 * What a sender does with an answer: `delivered` (OK, or INFO: already there), `rejected` (ERROR with
 * VALIDATION_ERROR or APPLICATION_ERROR: the contract says a retry cannot help), or `retry` (TECHNICAL_ERROR,
 * or ERROR without an errorId).
 */
export function deliveryOutcome(result: RivResult): 'delivered' | 'rejected' | 'retry' {
  if (result.resultCode !== 'ERROR') return 'delivered';
  return result.errorId === 'VALIDATION_ERROR' || result.errorId === 'APPLICATION_ERROR' ? 'rejected' : 'retry';
}

/** A SOAP 1.1 Fault: `Client` for a request refused as it is (e.g. a bad key), `Server` for our own failure. */
export function soapFaultXml(faultCode: 'Client' | 'Server', text: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<soap:Envelope xmlns:soap="${NS_SOAP11}"><soap:Body><soap:Fault>` +
    `<faultcode>soap:${faultCode}</faultcode><faultstring>${escapeText(text)}</faultstring>` +
    '</soap:Fault></soap:Body></soap:Envelope>\n'
  );
}
