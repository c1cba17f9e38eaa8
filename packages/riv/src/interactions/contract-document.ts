/**
 * A contract's request as a document, both ways. Writing: the bare request element with this package's
 * prefixes (its own elements under `ns2`), after checking what the XSD would refuse, so that a builder's
 * output always satisfies its schema. Reading: the request element found safely (see xml-reader.ts), read by
 * a contract's reader, never throwing: whatever is wrong becomes a Swedish RivError, all of them at once.
 */
import { isValidDate } from '@intyg/core';
import type { Element } from '@xmldom/xmldom';
import { isLocalDateTime } from '../element-reader.js';
import { messages } from '../messages.js';
import { rivError, type RivError } from '../types.js';
import { messageNamespaces } from '../xml-parts.js';
import { readContractElement, type ContractElement } from '../xml-reader.js';
import { element, serializeDocument, type XmlElement } from '../xml-writer.js';
import { requestElement, type RivContract } from './contracts.js';

export type RivParsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly RivError[] };

/** The request document: `<ns2:{name}>` holding `children`. */
export function contractDocument(contract: RivContract, children: readonly (XmlElement | undefined)[]): string {
  return serializeDocument(element(`ns2:${contract.name}`, children, messageNamespaces(contract.namespace)));
}

/**
 * Reads the request of `contract` from `xml` with `read`, which reports problems in `errors`; the value only
 * when there are none. `read` may assume nothing about the element beyond its name and namespace.
 */
export function parseContract<T>(
  xml: unknown,
  contract: RivContract,
  read: (request: Element, errors: string[]) => T,
): RivParsed<T> {
  return parseElement(xml, requestElement(contract), read);
}

/** As `parseContract`, for any element (a response). */
export function parseElement<T>(
  xml: unknown,
  expected: ContractElement,
  read: (element: Element, errors: string[]) => T,
): RivParsed<T> {
  try {
    const found = readContractElement(xml, expected);
    if (!found.ok) return found;
    const errors: string[] = [];
    const value = read(found.element, errors);
    return errors.length > 0 ? { ok: false, errors: errors.map(rivError) } : { ok: true, value };
  } catch {
    // A bug of ours must still not escape as an exception to the caller.
    return { ok: false, errors: [rivError(messages.internal)] };
  }
}

// ---- What a builder refuses: a programming error of the caller, never bad input from outside ----------

export function assertTimestamp(name: string, value: string): void {
  if (!isLocalDateTime(value)) {
    throw new RangeError(`${name} must be a local date-time YYYY-MM-DDTHH:mm:ss, got '${value}'`);
  }
}

export function assertDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isValidDate(value)) throw new RangeError(`${name} must be YYYY-MM-DD, got '${value}'`);
}

export function assertPersonId(name: string, value: string): void {
  if (!/^\d{12}$/.test(value)) throw new RangeError(`${name} must be 12 digits, got '${value}'`);
}

export function assertNonEmpty(name: string, value: string): void {
  if (value.trim() === '') throw new RangeError(`${name} must not be empty`);
}

/** Problems a reader found that a builder must not write either (e.g. inconsistent fields): thrown together. */
export function assertNoProblems(what: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new RangeError(`${what}: ${problems.join(' ')}`);
}
