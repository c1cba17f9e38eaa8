/**
 * Corrupted variants of a RegisterCertificate message, generated from its DOM: every code, code system,
 * date, svar id, delsvar id, instance number and header element is broken one at a time, plus raw
 * variants that are not (safe) XML at all. Each variant carries a pattern its error text must match.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { NS_CORE, NS_RESPONDER, NS_TYPES } from '../namespaces.js';

export interface Variant {
  readonly name: string;
  readonly xml: string;
  /** What an import error or validation error of this variant must say. */
  readonly expect: RegExp;
}

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, 'text/xml');
const serialize = (document: Document): string => new XMLSerializer().serializeToString(document);

function all(document: Document, namespace: string, localName: string): Element[] {
  return Array.from(document.getElementsByTagNameNS(namespace, localName));
}

/**
 * Variants changing the document at matches of (namespace, localName): at most `limit` of them, spread
 * evenly over the matches, each on a fresh copy of the document.
 */
function each(
  xml: string,
  namespace: string,
  localName: string,
  change: (element: Element, document: Document) => { name: string; expect: RegExp } | undefined,
  limit: number,
): Variant[] {
  const original = parse(xml);
  const count = all(original, namespace, localName).length;
  const picks =
    count <= limit ? [...Array(count).keys()] : [...Array(limit).keys()].map((i) => Math.floor((i * count) / limit));
  const variants: Variant[] = [];
  for (const index of picks) {
    const document = original.cloneNode(true) as Document;
    const element = all(document, namespace, localName)[index];
    const changed = element === undefined ? undefined : change(element, document);
    if (changed !== undefined) variants.push({ ...changed, xml: serialize(document) });
  }
  return variants;
}

const setText = (element: Element, text: string) => {
  element.textContent = text;
};
const typesChild = (element: Element, name: string) => element.getElementsByTagNameNS(NS_TYPES, name)[0];
const svarIdOf = (element: Element): string =>
  (element.parentNode as Element | null)?.getAttribute('id') ?? element.getAttribute('id') ?? '?';

const DATE = /^\d{4}-\d\d-\d\d$/;

/** Variants changing the svar of a well-formed message (codes, code systems, dates, ids, shapes, instances). */
export function svarVariants(xml: string, limit = Number.POSITIVE_INFINITY): Variant[] {
  return [
    ...each(
      xml,
      NS_TYPES,
      'cv',
      (cv) => {
        const code = typesChild(cv, 'code');
        if (code === undefined) return undefined;
        setText(code, 'OKAND_KOD_X');
        return {
          name: `cv code → OKAND_KOD_X in svar ${svarIdOf(cv.parentNode as Element)}`,
          expect: /OKAND_KOD_X|diagnoskod|'diagnoses\./i,
        };
      },
      limit,
    ),
    ...each(
      xml,
      NS_TYPES,
      'cv',
      (cv) => {
        const codeSystem = typesChild(cv, 'codeSystem');
        if (codeSystem === undefined) return undefined;
        setText(codeSystem, 'fel-kodsystem');
        return {
          name: `cv codeSystem → fel-kodsystem in svar ${svarIdOf(cv.parentNode as Element)}`,
          expect: /fel-kodsystem/,
        };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'delsvar',
      (delsvar) => {
        if (!DATE.test(delsvar.textContent?.trim() ?? '')) return undefined;
        setText(delsvar, '2016-02-30');
        return { name: `date delsvar ${delsvar.getAttribute('id')} → 2016-02-30`, expect: /2016-02-30/ };
      },
      limit,
    ),
    ...each(
      xml,
      NS_TYPES,
      'start',
      (start) => {
        setText(start, '2016-13-01');
        return {
          name: `datePeriod start → 2016-13-01 in svar ${svarIdOf(start.parentNode?.parentNode as Element)}`,
          expect: /2016-13-01/,
        };
      },
      limit,
    ),
    ...each(
      xml,
      NS_TYPES,
      'end',
      (end) => {
        setText(end, 'igår');
        return {
          name: `datePeriod end → igår in svar ${svarIdOf(end.parentNode?.parentNode as Element)}`,
          expect: /igår/,
        };
      },
      limit,
    ),
    ...each(
      xml,
      NS_TYPES,
      'partialDate',
      (partialDate) => {
        const value = typesChild(partialDate, 'value');
        if (value === undefined) return undefined;
        setText(value, '20x0');
        return { name: `partialDate value → 20x0`, expect: /20x0/ };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'svar',
      (svar) => {
        const id = svar.getAttribute('id');
        svar.setAttribute('id', '9999');
        return { name: `svar ${id} → unknown id 9999`, expect: /Okänt svar-id '9999'\./ };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'delsvar',
      (delsvar) => {
        const svarId = svarIdOf(delsvar);
        const id = delsvar.getAttribute('id');
        delsvar.setAttribute('id', `${svarId}.99`);
        return {
          name: `delsvar ${id} → unknown id ${svarId}.99`,
          expect: new RegExp(`Okänt delsvar-id '${svarId}\\.99'`),
        };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'instans',
      (instans) => {
        if (instans.textContent?.trim() === '1') return undefined;
        setText(instans, '1');
        return {
          name: `instans of svar ${svarIdOf(instans)} → duplicate 1`,
          expect: /Instans 1 av svar .* mer än en gång/,
        };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'instans',
      (instans) => {
        setText(instans, 'två');
        return { name: `instans of svar ${svarIdOf(instans)} → två`, expect: /instans 'två'/ };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'delsvar',
      (delsvar, document) => {
        const cv = delsvar.getElementsByTagNameNS(NS_TYPES, 'cv')[0];
        if (cv === undefined) return undefined;
        delsvar.removeChild(cv);
        delsvar.appendChild(document.createTextNode('hej'));
        return {
          name: `cv delsvar ${delsvar.getAttribute('id')} → text`,
          expect: /ska vara en kod \(cv\), men är en text/,
        };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'delsvar',
      (delsvar, document) => {
        if (delsvar.getElementsByTagNameNS('*', '*').length > 0) return undefined;
        setText(delsvar, '');
        const cv = document.createElementNS(NS_TYPES, 'ns3:cv');
        const code = document.createElementNS(NS_TYPES, 'ns3:code');
        code.appendChild(document.createTextNode('X'));
        const codeSystem = document.createElementNS(NS_TYPES, 'ns3:codeSystem');
        codeSystem.appendChild(document.createTextNode('Y'));
        cv.appendChild(code);
        cv.appendChild(codeSystem);
        delsvar.appendChild(cv);
        return { name: `text delsvar ${delsvar.getAttribute('id')} → cv`, expect: /men är en kod \(cv\)/ };
      },
      limit,
    ),
    ...each(
      xml,
      NS_CORE,
      'svar',
      (svar) => {
        const instans = svar.getElementsByTagNameNS(NS_CORE, 'instans')[0];
        const first = svar.getElementsByTagNameNS(NS_CORE, 'delsvar')[0];
        if (instans === undefined || first === undefined) return undefined;
        svar.removeChild(first);
        return {
          name: `first delsvar (${first.getAttribute('id')}) of svar ${svar.getAttribute('id')} instans ${instans.textContent} removed`,
          // A row keyed by its code lacks the code or a part import requires; a diagnosis row sent as an
          // instance (diagnosisInstances) lacks its description or code, which validation reports.
          expect: /saknar delsvar|Regel 'diagnoses\.(description|code)Missing'/,
        };
      },
      limit,
    ),
  ];
}

/** Variants of the header, the message type and version. */
export function headerVariants(xml: string): Variant[] {
  const change = (name: string, expect: RegExp, mutate: (intyg: Element, document: Document) => void): Variant => {
    const document = parse(xml);
    const intyg = document.getElementsByTagNameNS(NS_RESPONDER, 'intyg')[0];
    if (intyg === undefined) throw new Error('no intyg');
    mutate(intyg, document);
    return { name, expect, xml: serialize(document) };
  };
  const child = (intyg: Element, name: string): Element => {
    const found = Array.from(intyg.childNodes).find(
      (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
    );
    if (found === undefined) throw new Error(`no ${name}`);
    return found;
  };
  const remove = (name: string): Variant =>
    change(`intyg/${name} removed`, new RegExp(`'intyg/${name}[^']*' saknas`), (intyg) =>
      intyg.removeChild(child(intyg, name)),
    );
  return [
    ...['intygs-id', 'typ', 'version', 'signeringstidpunkt', 'patient', 'skapadAv'].map(remove),
    change('typ code → OKAND', /Okänd intygstyp 'OKAND'/, (intyg) =>
      setText(typesChild(child(intyg, 'typ'), 'code')!, 'OKAND'),
    ),
    change('typ codeSystem → fel', /ska ha kodsystem/, (intyg) =>
      setText(typesChild(child(intyg, 'typ'), 'codeSystem')!, 'fel'),
    ),
    change('version → 99.9', /Okänd version '99\.9'/, (intyg) => setText(child(intyg, 'version'), '99.9')),
    change('signeringstidpunkt → 2016-08-10 08:59', /signeringstidpunkt' ska vara en tidpunkt/, (intyg) =>
      setText(child(intyg, 'signeringstidpunkt'), '2016-08-10 08:59'),
    ),
    change('person-id → 1912', /ska vara 12 siffror/, (intyg) =>
      setText(typesChild(child(child(intyg, 'patient'), 'person-id'), 'extension')!, '1912'),
    ),
    change('every svar removed', /Regel 'mandatory'/, (intyg) => {
      for (const svar of Array.from(intyg.getElementsByTagNameNS(NS_CORE, 'svar'))) intyg.removeChild(svar);
    }),
  ];
}

/** Variants that are not XML, not safe XML, or not a RegisterCertificate at all. */
export function rawVariants(xml: string): Variant[] {
  const afterDeclaration = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  const withDoctype = (doctype: string, body: string) =>
    `${xml.slice(0, afterDeclaration)}${doctype}${xml.slice(afterDeclaration)}`.replace(
      /(<(?:\w+:)?delsvar id="[^"]*">)/,
      `$1${body}`,
    );
  return [
    { name: 'not XML at all', xml: 'Detta är inget intyg.', expect: /inte välformad XML/ },
    { name: 'JSON', xml: '{"intyg": {"typ": "LISJP"}}', expect: /inte välformad XML/ },
    { name: 'empty', xml: '', expect: /tomt/ },
    { name: 'truncated in the middle', xml: xml.slice(0, Math.floor(xml.length / 2)), expect: /inte välformad XML/ },
    { name: 'truncated by one character', xml: xml.slice(0, xml.trimEnd().length - 1), expect: /inte välformad XML/ },
    {
      name: 'DOCTYPE with an external entity (XXE)',
      xml: withDoctype('<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;'),
      expect: /DOCTYPE/,
    },
    {
      name: 'DOCTYPE with nested entities (billion laughs)',
      xml: withDoctype('<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>', '&b;'),
      expect: /DOCTYPE/,
    },
    {
      name: 'undeclared entity',
      xml: xml.replace(/(<(?:\w+:)?delsvar id="[^"]*">)/, '$1&nbsp;'),
      expect: /inte välformad XML/,
    },
    {
      name: 'larger than 2 MB',
      xml: xml.replace(/(<(?:\w+:)?delsvar id="[^"]*">)/, `$1${'x'.repeat(2 * 1024 * 1024)}`),
      expect: /för stort/,
    },
    {
      name: 'another root element',
      xml: '<?xml version="1.0"?><intyg xmlns="urn:x"/>',
      expect: /rotelementet är '\{urn:x\}intyg'/,
    },
    {
      name: 'RegisterCertificate in the wrong namespace',
      xml: xml.replaceAll(
        NS_RESPONDER,
        'urn:riv:clinicalprocess:healthcond:certificate:RegisterCertificateResponder:1',
      ),
      expect: /rotelementet/,
    },
    {
      name: 'SOAP envelope with an empty body',
      xml: '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>',
      expect: /Body innehåller inget RegisterCertificate/,
    },
    {
      name: 'intyg missing',
      xml: `<r:RegisterCertificate xmlns:r="${NS_RESPONDER}"/>`,
      expect: /'RegisterCertificate\/intyg' saknas/,
    },
  ];
}
