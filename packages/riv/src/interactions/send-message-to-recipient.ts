/**
 * RIV-TA SendMessageToRecipient v2 (SendMessageToRecipientResponder_2.1.xsd): care sends the recipient a
 * question, or an answer to the recipient's question. The head is shared with SendMessageToCare
 * (message-head.ts); `skickatAv` is the care professional (HosPersonal) with their unit.
 */
import { ElementReader } from '../element-reader.js';
import { readHosPersonal } from '../read-hos-personal.js';
import type { RivCareProfessional } from '../types.js';
import { hosPersonalElement } from '../xml-parts.js';
import { contractDocument, parseContract, type RivParsed } from './contract-document.js';
import { SEND_MESSAGE_TO_RECIPIENT } from './contracts.js';
import {
  assertHead,
  HEAD_CHILDREN,
  headElements,
  lastReplyDateElement,
  readHead,
  type RivMessageHead,
} from './message-head.js';
import { parseResultResponse, resultResponseXml, type ParsedResult, type RivResult } from './result.js';

export interface RivMessageToRecipient extends RivMessageHead {
  /** `skickatAv`: who in care sent it. */
  readonly sentBy: RivCareProfessional;
}

/** The bare SendMessageToRecipient element. Throws a RangeError for input the XSD or the rules would refuse. */
export function sendMessageToRecipientXml(message: RivMessageToRecipient): string {
  assertHead(SEND_MESSAGE_TO_RECIPIENT, message);
  if (message.sentBy.hsaId.trim() === '') throw new RangeError('sentBy.hsaId must not be empty');
  return contractDocument(SEND_MESSAGE_TO_RECIPIENT, [
    ...headElements(message),
    hosPersonalElement('ns2:skickatAv', message.sentBy),
    lastReplyDateElement(message),
  ]);
}

const CHILDREN = [...HEAD_CHILDREN, 'skickatAv'];

/** A SendMessageToRecipient request (bare or in a SOAP envelope); never throws. */
export function parseSendMessageToRecipient(xml: unknown): RivParsed<RivMessageToRecipient> {
  return parseContract(xml, SEND_MESSAGE_TO_RECIPIENT, (request, errors) => {
    const r = new ElementReader(errors, SEND_MESSAGE_TO_RECIPIENT.namespace);
    r.onlyKnownChildren(request, 'SendMessageToRecipient', CHILDREN);
    const { head } = readHead(r, request, SEND_MESSAGE_TO_RECIPIENT);
    const skickatAv = r.one(request, 'skickatAv', 'SendMessageToRecipient/skickatAv');
    // HosPersonal is a core type: its children are in the core namespace.
    const sentBy = readHosPersonal(new ElementReader(errors), skickatAv, 'SendMessageToRecipient/skickatAv');
    return { ...head, sentBy };
  });
}

export function sendMessageToRecipientResponseXml(result: RivResult): string {
  return resultResponseXml(SEND_MESSAGE_TO_RECIPIENT, result);
}

export function parseSendMessageToRecipientResponse(xml: unknown): ParsedResult {
  return parseResultResponse(xml, SEND_MESSAGE_TO_RECIPIENT);
}
