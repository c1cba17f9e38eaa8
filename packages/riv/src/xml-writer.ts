/**
 * A minimal XML writer: elements with attributes and either text or child elements, indented two
 * spaces. Text is escaped so that any string round-trips through a conforming parser: markup
 * characters become entities, a carriage return becomes `&#13;` (parsers would otherwise turn CR LF
 * into LF), and characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/F)
 * are dropped.
 */
import { withoutNonXmlChars } from './xml-chars.js';

export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** Either text or children; `undefined` children are skipped, so optional parts can be written inline. */
  readonly text?: string;
  readonly children?: readonly (XmlElement | undefined)[];
}

/** An element with text, or `undefined` when the text is undefined (an optional element left out). */
export function textElement(name: string, text: string | undefined): XmlElement | undefined {
  return text === undefined ? undefined : { name, text };
}

export function element(
  name: string,
  children: readonly (XmlElement | undefined)[],
  attributes?: Readonly<Record<string, string>>,
): XmlElement {
  return attributes === undefined ? { name, children } : { name, children, attributes };
}

export function serializeDocument(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, lines);
  return `${lines.join('\n')}\n`;
}

function write(node: XmlElement, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = (node.children ?? []).filter((child): child is XmlElement => child !== undefined);
  if (children.length === 0) {
    const text = node.text ?? '';
    lines.push(`${indent}<${node.name}${attributes}>${escapeText(text)}</${node.name}>`);
    return;
  }
  lines.push(`${indent}<${node.name}${attributes}>`);
  for (const child of children) write(child, depth + 1, lines);
  lines.push(`${indent}</${node.name}>`);
}

export function escapeText(text: string): string {
  return withoutNonXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
