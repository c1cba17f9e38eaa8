/**
 * Safe, namespace-aware reading of a RIV-TA message (RegisterCertificate, RevokeCertificate, a response…):
 * a bounded size, no DOCTYPE or entity declarations (no XXE, no entity expansion), strict well-formedness
 * (any parser warning or error rejects the message), and the expected element found either as the root or
 * as the body of a SOAP 1.1 or 1.2 envelope. Elements are matched by namespace URI and local name, never
 * by prefix.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { messages } from './messages.js';
import { NS_RESPONDER, NS_SOAP11, NS_SOAP12 } from './namespaces.js';
import { rivError, type RivError } from './types.js';
import { hasNonXmlChar } from './xml-chars.js';

/** The largest message accepted, in bytes of UTF-8. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

const ELEMENT_NODE = 1;
const COMMENT_NODE = 8;
const PROCESSING_INSTRUCTION_NODE = 7;

export type ReadElement =
  { readonly ok: true; readonly element: Element } | { readonly ok: false; readonly errors: RivError[] };

/** An element a message must consist of: its namespace and local name. */
export interface ContractElement {
  readonly namespace: string;
  readonly localName: string;
}

/** The RegisterCertificate element of `xml`, or why there is none. */
export function readRegisterCertificateElement(xml: unknown): ReadElement {
  return readContractElement(xml, { namespace: NS_RESPONDER, localName: 'RegisterCertificate' });
}

/** The element `expected` of `xml` (bare, or the body of a SOAP envelope), or why there is none. */
export function readContractElement(xml: unknown, expected: ContractElement): ReadElement {
  const fail = (text: string): ReadElement => ({ ok: false, errors: [rivError(text)] });
  if (typeof xml !== 'string' || xml.trim() === '') return fail(messages.emptyMessage);
  const bytes = utf8Length(xml);
  if (bytes > MAX_MESSAGE_BYTES) return fail(messages.tooLarge(bytes, MAX_MESSAGE_BYTES));
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return fail(messages.doctype);
  if (hasNonXmlChar(xml)) return fail(messages.notXml(' (otillåtet tecken)'));

  let root: Element | null;
  try {
    const document = new DOMParser({
      onError: (_level, message) => {
        // Warnings too: xmldom warns about things that are not well-formed (e.g. unquoted attributes).
        throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
    if (document.doctype !== null) return fail(messages.doctype);
    root = document.documentElement;
  } catch (error) {
    return fail(messages.notXml(position(error)));
  }
  if (root === null) return fail(messages.notXml(''));

  if ((root.namespaceURI === NS_SOAP11 || root.namespaceURI === NS_SOAP12) && root.localName === 'Envelope') {
    const body = childElements(root).find(
      (child) => child.namespaceURI === root.namespaceURI && child.localName === 'Body',
    );
    if (body === undefined) return fail(messages.missing('Envelope/Body'));
    const content = childElements(body)[0];
    if (content === undefined) return fail(messages.emptyBody(expected.localName));
    if (content.namespaceURI === root.namespaceURI && content.localName === 'Fault') {
      return fail(messages.soapFault(faultText(content)));
    }
    if (!isExpected(content)) return fail(messages.wrongBody(expected.localName, qualifiedName(content)));
    return { ok: true, element: content };
  }
  if (!isExpected(root)) return fail(messages.wrongRoot(expected.localName, qualifiedName(root)));
  return { ok: true, element: root };

  function isExpected(element: Element): boolean {
    return element.namespaceURI === expected.namespace && element.localName === expected.localName;
  }
}

/** The fault's text: SOAP 1.1 `faultstring`, SOAP 1.2 `Reason/Text`, else all its text; one line, bounded. */
function faultText(fault: Element): string {
  const part = childElements(fault).find((child) => child.localName === 'faultstring' || child.localName === 'Reason');
  const text = textOf(part ?? fault)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

function qualifiedName(element: Element): string {
  return element.namespaceURI === null ? (element.localName ?? '') : `{${element.namespaceURI}}${element.localName}`;
}

function position(error: unknown): string {
  const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } } | null)?.locator;
  if (locator?.lineNumber === undefined || locator.lineNumber < 1) return '';
  return locator.columnNumber === undefined
    ? ` (rad ${locator.lineNumber})`
    : ` (rad ${locator.lineNumber}, kolumn ${locator.columnNumber})`;
}

/** Bytes of UTF-8; for a string already longer than the limit in UTF-16 units, that length (a lower bound). */
function utf8Length(text: string): number {
  return text.length > MAX_MESSAGE_BYTES ? text.length : new TextEncoder().encode(text).length;
}

// ---- Navigation ---------------------------------------------------------------------------------

export function childElements(parent: Element): Element[] {
  const result: Element[] = [];
  for (let node: Node | null = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) result.push(node as Element);
  }
  return result;
}

export function childrenNamed(parent: Element, namespace: string, localName: string): Element[] {
  return childElements(parent).filter((child) => child.namespaceURI === namespace && child.localName === localName);
}

/** Text content of the element (all descendant text, CDATA included). */
export function textOf(element: Element): string {
  return element.textContent ?? '';
}

/** The text of an element of a simple type; `undefined` when it has child elements (not a simple value). */
export function simpleTextOf(element: Element): string | undefined {
  return childElements(element).length > 0 ? undefined : textOf(element);
}

/** Whether the element has text other than whitespace directly under it (mixed content). */
export function hasOwnText(element: Element): boolean {
  for (let node: Node | null = element.firstChild; node !== null; node = node.nextSibling) {
    const markup = [ELEMENT_NODE, COMMENT_NODE, PROCESSING_INSTRUCTION_NODE].includes(node.nodeType);
    if (!markup && (node.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}
