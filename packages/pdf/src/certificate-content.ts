/**
 * What a printout says, laid out from the model and nothing else: the type and its recipient, the patient,
 * every category and question the model's rules show for these answers in the form's order with its answer
 * as core's `answerLines` reads it, the issuing unit and doctor, and the signature with its QR code. No
 * type is named here: what differs between types is in their models (labels, options, rules, printOptions).
 */
import {
  answerLines,
  evaluateForm,
  formatPersonId,
  isHideableOnPrint,
  isValueElement,
  mayHideOnPrint,
  stockholmDate,
  stockholmDateTime,
  SWEDISH_ANSWER_WORDS,
  visibleAnswers,
  type Answers,
  type Certificate,
  type CompiledModel,
  type ElementSpec,
  type FormState,
  type UnitContactElement,
} from '@intyg/core';
import type { FlowItem } from './flow.js';
import { PRINT_TEXTS as T } from './print-texts.js';
import { qrModules } from './qr.js';

/** The parts of a stored certificate a printout shows. */
export type PrintableCertificate = Pick<
  Certificate,
  'id' | 'status' | 'answers' | 'patient' | 'unit' | 'signedBy' | 'signedAt' | 'signature' | 'updatedAt'
>;

export interface RenderOptions {
  /** The patient has protected identity (sekretessmarkering): neither name nor number is printed. */
  readonly protectedIdentity: boolean;
  /**
   * Leave out what the model lets the patient hide (`printOptions.hideableElements`: the diagnosis of an
   * employer's certificate). Refused with `PrintRefusedError` when the model does not allow it for these answers.
   */
  readonly hideOnRequest?: boolean;
  /** Absolute URL of the certificate's public verification page; printed with a QR code on a signed certificate. */
  readonly verificationUrl?: string;
}

/** The printout asked for is not allowed for this certificate; `code` is stable, `message` Swedish. */
export class PrintRefusedError extends Error {
  override readonly name = 'PrintRefusedError';
  readonly code = 'DIAGNOSIS_NOT_HIDEABLE';

  constructor() {
    super('Diagnosen kan inte döljas på det här intyget.');
  }
}

/** The mark every page carries, if any: a draft must not be sent, a revoked certificate is void. */
export function pageMark(certificate: Pick<Certificate, 'status'>): string | undefined {
  if (certificate.status === 'draft' || certificate.status === 'lockedDraft') return T.draftMark;
  if (certificate.status === 'revoked') return T.revokedMark;
  return undefined;
}

export function certificateContent(
  compiled: CompiledModel,
  certificate: PrintableCertificate,
  options: RenderOptions,
): FlowItem[] {
  const { model } = compiled;
  // Visibility as of the signing day is what the signer saw (SignedView decides alike).
  const today = stockholmDate(new Date(certificate.signedAt ?? certificate.updatedAt));
  const answers = visibleAnswers(compiled, certificate.answers, today);
  if (options.hideOnRequest && !mayHideOnPrint(compiled, answers, today)) throw new PrintRefusedError();
  const walk: Walk = {
    compiled,
    answers,
    form: evaluateForm(compiled, answers, today),
    hideOnRequest: options.hideOnRequest ?? false,
    issued: certificate.signedAt !== null,
    noticePrinted: false,
  };
  const recipient = model.recipient === null ? T.noRecipient : T.recipient(model.recipient.name);
  return [
    { kind: 'text', style: 'title', text: model.name },
    { kind: 'text', style: 'subtitle', text: [model.formId, recipient].filter(Boolean).join(' · ') },
    { kind: 'rule', spaceBefore: 6 },
    ...patientItems(certificate, options.protectedIdentity),
    ...elementItems(model.elements, walk, 0),
    ...issuerItems(compiled, certificate, answers, options.verificationUrl),
  ];
}

interface Walk {
  readonly compiled: CompiledModel;
  readonly answers: Answers;
  readonly form: FormState;
  readonly hideOnRequest: boolean;
  /** Signed (also revoked, replaced): answers are final, so a hidden hideable element was the patient's choice. */
  readonly issued: boolean;
  /** The notice is printed once, where the first hidden hideable element would be. */
  noticePrinted: boolean;
}

function patientItems(certificate: PrintableCertificate, protectedIdentity: boolean): FlowItem[] {
  const { name, personId } = certificate.patient;
  return [
    { kind: 'text', style: 'label', text: T.patient, keepWithNext: true, spaceBefore: 4 },
    protectedIdentity
      ? { kind: 'text', style: 'body', text: T.protectedIdentity }
      : { kind: 'text', style: 'body', text: `${name}, ${formatPersonId(personId)}` },
  ];
}

/** A question's text is never broken across pages, nor parted from its answer's first line. */
const QUESTION = { keepTogether: true, keepWithNext: true, spaceBefore: 6 } as const;

function elementItems(elements: readonly ElementSpec[], walk: Walk, depth: number): FlowItem[] {
  return elements.flatMap((element): FlowItem[] => {
    const hideable = isHideableOnPrint(walk.compiled, element.id);
    if (!walk.form.element(element.id).visible) {
      // Hidden by the model's rules: on an issued certificate a hideable element is hidden only at the patient's wish.
      return hideable && walk.issued ? notice(element, walk, depth) : [];
    }
    if (hideable && walk.hideOnRequest) return notice(element, walk, depth);
    const children = elementItems(element.children ?? [], walk, element.kind === 'category' ? 0 : depth + 1);
    if (element.kind === 'category') {
      return [
        { kind: 'text', style: 'heading', text: element.label ?? '', keepWithNext: true, spaceBefore: 12 },
        { kind: 'rule', keepWithNext: true },
        ...children,
      ];
    }
    // Messages are the editor's help for the doctor; the unit's contact details are printed with the issuer.
    if (!isValueElement(element) || element.kind === 'unitContact') return [];
    const lines = answerLines(element, walk.answers[element.id], SWEDISH_ANSWER_WORDS);
    return [
      { kind: 'text', style: 'label', text: element.label ?? '', indent: depth, ...QUESTION },
      lines.length === 0
        ? { kind: 'text', style: 'note', text: T.notAnswered, indent: depth }
        : { kind: 'text', style: 'body', text: lines.join('\n'), indent: depth },
      ...children,
    ];
  });
}

/** The model's notice in place of a hidden hideable element: its question, then why it has no answer here. */
function notice(element: ElementSpec, walk: Walk, depth: number): FlowItem[] {
  const text = walk.compiled.model.printOptions?.hiddenNotice;
  if (walk.noticePrinted || text === undefined) return [];
  walk.noticePrinted = true;
  return [
    { kind: 'text', style: 'label', text: element.label ?? '', indent: depth, ...QUESTION },
    { kind: 'text', style: 'body', text, indent: depth },
  ];
}

function issuerItems(
  compiled: CompiledModel,
  certificate: PrintableCertificate,
  answers: Answers,
  verificationUrl: string | undefined,
): FlowItem[] {
  const contactElement = compiled.elementsInOrder.find(
    (element): element is UnitContactElement => element.kind === 'unitContact',
  );
  const contact =
    contactElement === undefined ? [] : answerLines(contactElement, answers[contactElement.id], SWEDISH_ANSWER_WORDS);
  const [address, postal, phone] = [contact[0], contact[1], contact[2]];
  const { unit, signedBy, signedAt, signature } = certificate;
  const lines = [
    T.unit(unit.unitName),
    ...(address || postal ? [T.address([address, postal].filter(Boolean).join(', '))] : []),
    ...(phone ? [T.phone(phone)] : []),
    T.careProvider(unit.careProviderName),
    ...(signedBy ? [T.doctor(signedBy.name)] : []),
  ];
  const items: FlowItem[] = [
    { kind: 'text', style: 'heading', text: T.issuer, keepWithNext: true, spaceBefore: 12 },
    { kind: 'rule', keepWithNext: true },
    { kind: 'text', style: 'body', text: lines.join('\n'), keepTogether: true, keepWithNext: true },
  ];
  if (signedBy === null || signedAt === null) {
    items.push({ kind: 'text', style: 'label', text: T.notSigned, spaceBefore: 6 });
    return items;
  }
  const time = stockholmDateTime(new Date(signedAt)).slice(0, 16).replace('T', ' ');
  items.push({
    kind: 'text',
    style: 'label',
    text: T.signed(signedBy.name, time),
    spaceBefore: 6,
    keepWithNext: signature !== null && verificationUrl !== undefined,
  });
  // Only a signature made here can be checked on the verification page.
  if (signature !== null && verificationUrl !== undefined) {
    items.push({
      kind: 'qr',
      modules: qrModules(verificationUrl),
      spaceBefore: 8,
      caption: [
        { style: 'label', text: T.verifyHeading },
        { style: 'note', text: T.verifyHelp },
        { style: 'body', text: verificationUrl },
      ],
    });
  }
  return items;
}
