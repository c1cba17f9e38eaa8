/**
 * Reading the simple parts of a RIV-TA message by namespace: one child, its text, an II (root and
 * extension), a time stamp, a date, a person id. Every problem is collected as a Swedish text naming the
 * element's path, and reading goes on, so that one answer lists everything wrong with a message.
 */
import { isValidDate } from '@intyg/core';
import type { Element } from '@xmldom/xmldom';
import { messages } from './messages.js';
import { NS_CORE, NS_TYPES, OID_PERSONNUMMER, OID_SAMORDNINGSNUMMER } from './namespaces.js';
import { childElements, childrenNamed, simpleTextOf } from './xml-reader.js';

const TIMESTAMP = /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** Whether `value` is a local date-time YYYY-MM-DDTHH:mm:ss (the contracts' TimeStampType) of a real day. */
export function isLocalDateTime(value: string): boolean {
  return TIMESTAMP.test(value) && isValidDate(value.slice(0, 10));
}

export interface TextOptions {
  readonly optional?: boolean;
  readonly nonEmpty?: boolean;
}

export class ElementReader {
  /** `namespace`: where children are looked for unless a call names another (the core namespace by default). */
  constructor(
    readonly errors: string[],
    readonly namespace: string = NS_CORE,
  ) {}

  /** The one child `name`; reports it missing (unless optional) or repeated. */
  one(
    parent: Element | undefined,
    name: string,
    path: string,
    optional = false,
    ns = this.namespace,
  ): Element | undefined {
    if (parent === undefined) return undefined;
    const found = childrenNamed(parent, ns, name);
    if (found.length > 1) this.errors.push(messages.duplicate(path));
    if (found.length === 0 && !optional) this.errors.push(messages.missing(path));
    return found[0];
  }

  /** Text of the child, trimmed; `undefined` when it is missing (reported unless optional). */
  text(parent: Element | undefined, name: string, path: string, options: TextOptions = {}): string | undefined {
    const found = this.one(parent, name, path, options.optional);
    if (found === undefined) return undefined;
    const text = this.simple(found, path);
    if (options.nonEmpty === true && text === '') this.errors.push(messages.emptyElement(path));
    return text;
  }

  /** root and extension (types namespace) of an II-typed child; '' for what is missing (reported). */
  ii(parent: Element | undefined, name: string, path: string): { root: string; extension: string } {
    const found = this.one(parent, name, path);
    if (found === undefined) return { root: '', extension: '' };
    return { root: this.typePart(found, 'root', path), extension: this.typePart(found, 'extension', path) };
  }

  /** The non-empty text of a data-type part (types namespace) such as `code` or `root`; '' when missing. */
  typePart(parent: Element, local: string, path: string): string {
    const element = this.one(parent, local, `${path}/${local}`, false, NS_TYPES);
    const text = element === undefined ? '' : this.simple(element, `${path}/${local}`);
    if (element !== undefined && text === '') this.errors.push(messages.emptyElement(`${path}/${local}`));
    return text;
  }

  /** Trimmed text of a simple-typed element; reports (and gives '') when it holds elements. */
  simple(element: Element, path: string): string {
    const text = simpleTextOf(element);
    if (text === undefined) this.errors.push(messages.notText(path));
    return text?.trim() ?? '';
  }

  /** A local date-time YYYY-MM-DDTHH:mm:ss (the contracts' TimeStampType). */
  timestamp(parent: Element | undefined, name: string, path: string, optional: boolean): string | undefined {
    const text = this.text(parent, name, path, { optional });
    if (text === undefined) return undefined;
    if (!isLocalDateTime(text)) this.errors.push(messages.timestamp(path, text));
    return text;
  }

  /** A calendar date YYYY-MM-DD (the contracts' DateType). */
  date(parent: Element | undefined, name: string, path: string, optional: boolean): string | undefined {
    const text = this.text(parent, name, path, { optional });
    if (text !== undefined && !isValidDate(text)) this.errors.push(messages.date(`'${path}'`, text));
    return text;
  }

  /** A PersonId child: personnummer or samordningsnummer, 12 digits; gives the extension. */
  personId(parent: Element | undefined, name: string, path: string): string {
    const { root, extension } = this.ii(parent, name, path);
    if (parent === undefined) return extension;
    if (root !== '' && root !== OID_PERSONNUMMER && root !== OID_SAMORDNINGSNUMMER) {
      this.errors.push(messages.personIdRoot(root, path));
    }
    if (extension !== '' && !/^\d{12}$/.test(extension)) this.errors.push(messages.personId(extension, path));
    return extension;
  }

  /** Reports children in this reader's namespace (or none) that are not among `known`; others are extensions. */
  onlyKnownChildren(parent: Element, path: string, known: readonly string[]): void {
    for (const child of childElements(parent)) {
      const ours = child.namespaceURI === this.namespace || child.namespaceURI === null;
      if (ours && !known.includes(child.localName ?? '')) {
        this.errors.push(messages.unknownElement(path, child.localName ?? child.nodeName));
      }
    }
  }
}
