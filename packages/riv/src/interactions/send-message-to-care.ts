/**
 * RIV-TA SendMessageToCare v2 (SendMessageToCareResponder_2.0.xsd): a recipient (Försäkringskassan) sends
 * care a question, a request for complement (KOMPLT, naming the certificate's questions it concerns), a
 * reminder, or an answer to care's question. The head is shared with SendMessageToRecipient (message-head.ts);
 * `skickatAv` is the sending party (KV Part code and contact lines), then the complement requests.
 */
import type { Element } from '@xmldom/xmldom';
import { ElementReader } from '../element-reader.js';
import { messages } from '../messages.js';
import { NS_TYPES } from '../namespaces.js';
import { cvElement } from '../xml-parts.js';
import { childrenNamed } from '../xml-reader.js';
import { element, textElement } from '../xml-writer.js';
import { assertNoProblems, contractDocument, parseContract, type RivParsed } from './contract-document.js';
import { OID_PART, SEND_MESSAGE_TO_CARE } from './contracts.js';
import {
  assertHead,
  HEAD_CHILDREN,
  headElements,
  lastReplyDateElement,
  readHead,
  type RivMessageHead,
} from './message-head.js';
import { parseResultResponse, resultResponseXml, type ParsedResult, type RivResult } from './result.js';

/** `komplettering`: what the recipient wants complemented, per question of the certificate. */
export interface RivComplementRequest {
  /** `frage-id`: the question's svar id in the certificate's transport mapping, e.g. "1", "35". */
  readonly questionId: string;
  /** `instans`: the instance of a repeated svar, when the request concerns one. */
  readonly instance?: number;
  readonly text: string;
}

export interface RivMessageToCare extends RivMessageHead {
  /** `skickatAv`: the party (KV Part code, e.g. FKASSA, with its name) and contact lines. */
  readonly sentBy: { readonly party: string; readonly partyName?: string; readonly contactInfo: readonly string[] };
  /** `komplettering`: only with the subject KOMPLT. */
  readonly complements: readonly RivComplementRequest[];
}

/** The largest xs:int. */
const MAX_XSD_INT = 2_147_483_647;

function complementProblems(message: RivMessageToCare): string[] {
  return message.subject !== 'KOMPLT' && message.complements.length > 0 ? [messages.complementWithoutKomplt] : [];
}

/** The bare SendMessageToCare element. Throws a RangeError for input the XSD or the rules would refuse. */
export function sendMessageToCareXml(message: RivMessageToCare): string {
  assertHead(SEND_MESSAGE_TO_CARE, message);
  if (message.sentBy.party.trim() === '') throw new RangeError('sentBy.party must not be empty');
  for (const complement of message.complements) {
    if (!/^\d+$/.test(complement.questionId)) throw new RangeError(`Bad questionId '${complement.questionId}'`);
    const { instance } = complement;
    if (instance !== undefined && !(Number.isInteger(instance) && instance >= 1 && instance <= MAX_XSD_INT)) {
      throw new RangeError(`Bad instance ${complement.instance}`);
    }
  }
  assertNoProblems(SEND_MESSAGE_TO_CARE.name, complementProblems(message));
  return contractDocument(SEND_MESSAGE_TO_CARE, [
    ...headElements(message),
    element('ns2:skickatAv', [
      cvElement('ns2:part', message.sentBy.party, OID_PART, message.sentBy.partyName),
      ...message.sentBy.contactInfo.map((line) => textElement('ns2:kontaktInfo', line)),
    ]),
    ...message.complements.map((complement) =>
      element('ns2:komplettering', [
        textElement('ns2:frage-id', complement.questionId),
        textElement('ns2:instans', complement.instance === undefined ? undefined : String(complement.instance)),
        textElement('ns2:text', complement.text),
      ]),
    ),
    lastReplyDateElement(message),
  ]);
}

const CHILDREN = [...HEAD_CHILDREN, 'skickatAv', 'komplettering'];

/** A SendMessageToCare request (bare or in a SOAP envelope); never throws. */
export function parseSendMessageToCare(xml: unknown): RivParsed<RivMessageToCare> {
  return parseContract(xml, SEND_MESSAGE_TO_CARE, (request, errors) => {
    const r = new ElementReader(errors, SEND_MESSAGE_TO_CARE.namespace);
    r.onlyKnownChildren(request, 'SendMessageToCare', CHILDREN);
    const { head, subjectRead } = readHead(r, request, SEND_MESSAGE_TO_CARE);
    const message: RivMessageToCare = {
      ...head,
      sentBy: readSentBy(r, request),
      complements: childrenNamed(request, SEND_MESSAGE_TO_CARE.namespace, 'komplettering').map((komplettering, index) =>
        readComplement(r, komplettering, `SendMessageToCare/komplettering[${index + 1}]`),
      ),
    };
    if (subjectRead) errors.push(...complementProblems(message));
    return message;
  });
}

function readSentBy(r: ElementReader, request: Element): RivMessageToCare['sentBy'] {
  const path = 'SendMessageToCare/skickatAv';
  const skickatAv = r.one(request, 'skickatAv', path);
  const part = r.one(skickatAv, 'part', `${path}/part`);
  if (skickatAv === undefined || part === undefined) return { party: '', contactInfo: [] };
  const party = r.typePart(part, 'code', `${path}/part`);
  const codeSystem = r.typePart(part, 'codeSystem', `${path}/part`);
  if (codeSystem !== '' && codeSystem !== OID_PART) {
    r.errors.push(messages.notOneOf(`${path}/part/codeSystem`, codeSystem, [OID_PART]));
  }
  const displayName = r.one(part, 'displayName', `${path}/part/displayName`, true, NS_TYPES);
  const partyName = displayName === undefined ? undefined : r.simple(displayName, `${path}/part/displayName`);
  const contactInfo = childrenNamed(skickatAv, r.namespace, 'kontaktInfo').map((line) =>
    r.simple(line, `${path}/kontaktInfo`),
  );
  return partyName ? { party, partyName, contactInfo } : { party, contactInfo };
}

function readComplement(r: ElementReader, komplettering: Element, path: string): RivComplementRequest {
  const questionId = r.text(komplettering, 'frage-id', `${path}/frage-id`) ?? '';
  if (questionId !== '' && !/^\d+$/.test(questionId))
    r.errors.push(messages.questionId(`${path}/frage-id`, questionId));
  const instanceText = r.text(komplettering, 'instans', `${path}/instans`, { optional: true });
  const instance = instanceText === undefined ? undefined : Number(instanceText);
  if (instanceText !== undefined && !(/^\d{1,9}$/.test(instanceText) && Number(instance) >= 1)) {
    r.errors.push(messages.positiveInteger(`${path}/instans`, instanceText));
  }
  const text = r.text(komplettering, 'text', `${path}/text`) ?? '';
  return instance === undefined ? { questionId, text } : { questionId, instance, text };
}

export function sendMessageToCareResponseXml(result: RivResult): string {
  return resultResponseXml(SEND_MESSAGE_TO_CARE, result);
}

export function parseSendMessageToCareResponse(xml: unknown): ParsedResult {
  return parseResultResponse(xml, SEND_MESSAGE_TO_CARE);
}
