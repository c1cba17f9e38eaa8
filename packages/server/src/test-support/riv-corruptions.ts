/**
 * Broken variants of valid RegisterCertificate documents, for tests that must see every one refused with
 * a reason and nothing stored. Mutations work on the text, so they also produce what no XML library
 * would write: truncated documents, undeclared prefixes, DOCTYPEs.
 */

export interface CorruptVariant {
  readonly name: string;
  readonly xml: string;
}

type Mutation = readonly [name: string, mutate: (xml: string) => string];

/** Replaces the first match only; the variant is dropped when nothing matched. */
const first = (pattern: RegExp, replacement: string) => (xml: string) => xml.replace(pattern, replacement);

/** Mutations that apply to any certificate; each breaks something the contract or the model requires. */
const PER_CERTIFICATE: readonly Mutation[] = [
  ['unknown type code', first(/(<(?:\w+:)?typ>\s*<(\w+:)?code>)[^<]*/, '$1OKAND_TYP')],
  ['unknown version', first(/(<(?:\w+:)?version>)[^<]*/, '$19.9')],
  ['type element removed', first(/<((?:\w+:)?)typ>[\s\S]*?<\/\1typ>/, '')],
  ['signing time broken', first(/(<(?:\w+:)?signeringstidpunkt>)[^<]*/, '$12016-13-45T25:61:00')],
  ['patient removed', first(/<((?:\w+:)?)patient>[\s\S]*?<\/\1patient>/, '')],
  ['issuer removed', first(/<((?:\w+:)?)skapadAv>[\s\S]*?<\/\1skapadAv>/, '')],
  ['every answer removed', (xml) => xml.replace(/<((?:\w+:)?)svar id="[^"]*">[\s\S]*?<\/\1svar>/g, '')],
  [
    'unknown svar id',
    first(/(<((?:\w+:)?)svar id=")[^"]*(">)/, '<$2svar id="9999"><$2delsvar id="9999.1">x</$2delsvar></$2svar>$1$3'),
  ],
  ['unknown delsvar id', first(/(<(?:\w+:)?delsvar id=")[^"]*(")/, '$19999.9$2')],
  ['code replaced by an unknown code', first(/(<(?:\w+:)?cv>\s*<(?:\w+:)?code>)[^<]*/, '$1OKAND_KOD')],
  [
    'code system replaced',
    first(/(<(?:\w+:)?cv>\s*<(?:\w+:)?code>[^<]*<\/(?:\w+:)?code>\s*<(?:\w+:)?codeSystem>)[^<]*/, '$1OKANT_KODVERK'),
  ],
  ['date broken', first(/(<(?:\w+:)?delsvar id="[^"]*">)(\d{4})-\d{2}-\d{2}(<)/, '$1$2-02-30$3')],
  ['boolean replaced by a word', first(/(<(?:\w+:)?delsvar id="[^"]*">)(?:true|false)(<)/, '$1kanske$2')],
  ['truncated in the middle', (xml) => xml.slice(0, Math.floor(xml.length / 2))],
  [
    'patient identity number with a wrong check digit',
    first(/(<(?:\w+:)?person-id>[\s\S]*?<(?:\w+:)?extension>\d{11})\d/, '$10'),
  ],
];

/** Mutations that are about the document, not the certificate. */
const DOCUMENT_LEVEL: readonly CorruptVariant[] = [
  { name: 'not XML at all', xml: 'Detta är inget intyg.' },
  { name: 'empty body', xml: '' },
  { name: 'JSON instead of XML', xml: '{"intyg":{"typ":"LISJP"}}' },
  { name: 'another root element', xml: '<?xml version="1.0"?><foo xmlns="urn:example"><bar/></foo>' },
  {
    name: 'DOCTYPE with an external entity',
    xml: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
  },
];

/** Every applicable per-certificate mutation of every sample, then the document-level ones. */
export function corruptVariants(samples: readonly { readonly name: string; readonly xml: string }[]): CorruptVariant[] {
  const variants: CorruptVariant[] = [];
  for (const sample of samples) {
    for (const [name, mutate] of PER_CERTIFICATE) {
      const xml = mutate(sample.xml);
      if (xml !== sample.xml) variants.push({ name: `${sample.name}: ${name}`, xml });
    }
  }
  return [...variants, ...DOCUMENT_LEVEL];
}
