/**
 * What SendMessageToCare v2 and SendMessageToRecipient v2 share: the fields from `meddelande-id` to `svarPa`
 * and `sistaDatumForSvar`, their writing, their reading, and the rules that tie them together (as the
 * national certificate store checks them): a reminder (PAMINN) and only a reminder names the message it
 * reminds of; an answer (SVAR) names the message it answers; an answer has no last reply date.
 */
import type { Element } from '@xmldom/xmldom';
import { ElementReader } from '../element-reader.js';
import { messages } from '../messages.js';
import { NS_CORE } from '../namespaces.js';
import { cvElement, iiElement, personIdElement } from '../xml-parts.js';
import { element, textElement, type XmlElement } from '../xml-writer.js';
import { assertDate, assertNonEmpty, assertNoProblems, assertPersonId, assertTimestamp } from './contract-document.js';
import {
  isMessageSubject,
  MESSAGE_SUBJECTS,
  OID_AMNESKOD,
  type MessageSubject,
  type RivContract,
} from './contracts.js';

/** `svarPa`: the message this one answers. */
export interface RivMessageReference {
  readonly messageId: string;
  readonly referenceId?: string;
}

export interface RivMessageHead {
  /** `meddelande-id`: unique per message; receivers deduplicate by it. */
  readonly messageId: string;
  /** `referens-id`: the sender's own reference. */
  readonly referenceId?: string;
  /** `skickatTidpunkt`: local date-time YYYY-MM-DDTHH:mm:ss (Europe/Stockholm). */
  readonly sentAt: string;
  /** `intygs-id/extension`. */
  readonly certificateId: string;
  /** `intygs-id/root`: the HSA id of the care unit that issued the certificate. */
  readonly certificateUnitId: string;
  /** `patientPerson-id/extension`, 12 digits. */
  readonly patientPersonId: string;
  /** `logiskAdressMottagare`: the receiver's logical address (a care unit's HSA id, or e.g. FKASSA). */
  readonly logicalAddress: string;
  /** `amne/code` (KV Ärendetyp). */
  readonly subject: MessageSubject;
  /** `rubrik`. */
  readonly heading?: string;
  /** `meddelande`: the text (may be empty for a KOMPLT whose questions carry the texts). */
  readonly text: string;
  /** `paminnelseMeddelande-id`: with PAMINN, the message this one reminds of. */
  readonly reminderOf?: string;
  /** `svarPa`: with SVAR, the message this one answers. */
  readonly inReplyTo?: RivMessageReference;
  /** `sistaDatumForSvar`: the last day for a reply, YYYY-MM-DD. */
  readonly lastReplyDate?: string;
}

/** The head's element names (the responder namespace's children of the request it reads). */
export const HEAD_CHILDREN = [
  'meddelande-id',
  'referens-id',
  'skickatTidpunkt',
  'intygs-id',
  'patientPerson-id',
  'logiskAdressMottagare',
  'amne',
  'rubrik',
  'meddelande',
  'paminnelseMeddelande-id',
  'svarPa',
  'sistaDatumForSvar',
];

/** The rules between the fields, as Swedish texts (empty when they hold). */
export function headProblems(head: RivMessageHead): string[] {
  const problems: string[] = [];
  if (head.subject === 'PAMINN' && head.reminderOf === undefined) problems.push(messages.reminderWithoutOriginal);
  if (head.subject !== 'PAMINN' && head.reminderOf !== undefined) problems.push(messages.originalWithoutReminder);
  if (head.subject === 'SVAR' && head.inReplyTo === undefined) problems.push(messages.answerWithoutQuestion);
  if (head.inReplyTo !== undefined && head.lastReplyDate !== undefined) problems.push(messages.answerWithLastDate);
  return problems;
}

/** Throws a RangeError for a head the XSD or the rules above would refuse (a caller's bug). */
export function assertHead(contract: RivContract, head: RivMessageHead): void {
  assertNonEmpty('messageId', head.messageId);
  assertTimestamp('sentAt', head.sentAt);
  assertNonEmpty('certificateId', head.certificateId);
  assertNonEmpty('certificateUnitId', head.certificateUnitId);
  assertPersonId('patientPersonId', head.patientPersonId);
  assertNonEmpty('logicalAddress', head.logicalAddress);
  if (!isMessageSubject(head.subject)) throw new RangeError(`Unknown subject '${String(head.subject)}'`);
  assertDate('lastReplyDate', head.lastReplyDate);
  if (head.reminderOf !== undefined) assertNonEmpty('reminderOf', head.reminderOf);
  if (head.inReplyTo !== undefined) assertNonEmpty('inReplyTo.messageId', head.inReplyTo.messageId);
  assertNoProblems(contract.name, headProblems(head));
}

/** `meddelande-id` … `svarPa`, in the XSD's order; `skickatAv` and what follows are the contract's own. */
export function headElements(head: RivMessageHead): (XmlElement | undefined)[] {
  return [
    textElement('ns2:meddelande-id', head.messageId),
    textElement('ns2:referens-id', head.referenceId || undefined),
    textElement('ns2:skickatTidpunkt', head.sentAt),
    iiElement('ns2:intygs-id', head.certificateUnitId, head.certificateId),
    personIdElement('ns2:patientPerson-id', head.patientPersonId),
    textElement('ns2:logiskAdressMottagare', head.logicalAddress),
    cvElement('ns2:amne', head.subject, OID_AMNESKOD, MESSAGE_SUBJECTS[head.subject]),
    textElement('ns2:rubrik', head.heading),
    textElement('ns2:meddelande', head.text),
    textElement('ns2:paminnelseMeddelande-id', head.reminderOf),
    head.inReplyTo === undefined
      ? undefined
      : element('ns2:svarPa', [
          textElement('meddelande-id', head.inReplyTo.messageId),
          textElement('referens-id', head.inReplyTo.referenceId || undefined),
        ]),
  ];
}

/** The last element, after `skickatAv` (and SendMessageToCare's `komplettering`). */
export function lastReplyDateElement(head: RivMessageHead): XmlElement | undefined {
  return textElement('ns2:sistaDatumForSvar', head.lastReplyDate);
}

/**
 * The head of a request element; problems go to `r.errors` (paths start with the contract's name).
 * `subjectRead`: whether `amne` named a known subject (rules about the subject apply only then).
 */
export function readHead(
  r: ElementReader,
  request: Element,
  contract: RivContract,
): { head: RivMessageHead; subjectRead: boolean } {
  const path = (name: string) => `${contract.name}/${name}`;
  const optionalText = (name: string) => r.text(request, name, path(name), { optional: true, nonEmpty: true });
  const messageId = r.text(request, 'meddelande-id', path('meddelande-id'), { nonEmpty: true }) ?? '';
  const referenceId = optionalText('referens-id');
  const sentAt = r.timestamp(request, 'skickatTidpunkt', path('skickatTidpunkt'), false) ?? '';
  const certificate = r.ii(request, 'intygs-id', path('intygs-id'));
  const patientPersonId = r.personId(request, 'patientPerson-id', path('patientPerson-id'));
  const logicalAddress = r.text(request, 'logiskAdressMottagare', path('logiskAdressMottagare'), { nonEmpty: true });
  const subject = readSubject(r, request, path('amne'));
  const heading = r.text(request, 'rubrik', path('rubrik'), { optional: true });
  const text = r.text(request, 'meddelande', path('meddelande')) ?? '';
  const reminderOf = optionalText('paminnelseMeddelande-id');
  const inReplyTo = readReference(r, request, path('svarPa'));
  const lastReplyDate = r.date(request, 'sistaDatumForSvar', path('sistaDatumForSvar'), true);
  const head: RivMessageHead = {
    messageId,
    ...(referenceId === undefined ? {} : { referenceId }),
    sentAt,
    certificateId: certificate.extension,
    certificateUnitId: certificate.root,
    patientPersonId,
    logicalAddress: logicalAddress ?? '',
    subject: subject ?? 'OVRIGT',
    ...(heading === undefined ? {} : { heading }),
    text,
    ...(reminderOf === undefined ? {} : { reminderOf }),
    ...(inReplyTo === undefined ? {} : { inReplyTo }),
    ...(lastReplyDate === undefined ? {} : { lastReplyDate }),
  };
  // The rules between fields speak only of a subject that was read.
  if (subject !== undefined) r.errors.push(...headProblems(head));
  return { head, subjectRead: subject !== undefined };
}

function readSubject(r: ElementReader, request: Element, path: string): MessageSubject | undefined {
  const amne = r.one(request, 'amne', path);
  if (amne === undefined) return undefined;
  const code = r.typePart(amne, 'code', path);
  const codeSystem = r.typePart(amne, 'codeSystem', path);
  if (codeSystem !== '' && codeSystem !== OID_AMNESKOD) {
    r.errors.push(messages.notOneOf(`${path}/codeSystem`, codeSystem, [OID_AMNESKOD]));
  }
  if (code === '') return undefined;
  if (!isMessageSubject(code)) {
    r.errors.push(messages.notOneOf(`${path}/code`, code, Object.keys(MESSAGE_SUBJECTS)));
    return undefined;
  }
  return code;
}

function readReference(r: ElementReader, request: Element, path: string): RivMessageReference | undefined {
  const svarPa = r.one(request, 'svarPa', path, true);
  if (svarPa === undefined) return undefined;
  // MeddelandeReferens is a core type: its children are in the core namespace.
  const core = new ElementReader(r.errors, NS_CORE);
  const messageId = core.text(svarPa, 'meddelande-id', `${path}/meddelande-id`, { nonEmpty: true }) ?? '';
  const referenceId = core.text(svarPa, 'referens-id', `${path}/referens-id`, { optional: true, nonEmpty: true });
  return referenceId === undefined ? { messageId } : { messageId, referenceId };
}
