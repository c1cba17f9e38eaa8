/** The sample messages under packages/riv/test-data/samples (see PROVENANCE.md there). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SAMPLES_DIR = fileURLToPath(new URL('../../test-data/samples/', import.meta.url));

/**
 * The day the tests receive the samples: validation judges an imported certificate by the receiver's today
 * (see validate-registered-certificate.ts), and some samples carry dates after their signing time.
 */
export const SAMPLES_RECEIVED_ON = '2025-01-15';

export interface Sample {
  /** File name, e.g. "lisjp__1.1.xml". */
  readonly name: string;
  readonly xml: string;
}

export function loadSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, xml: readFileSync(`${SAMPLES_DIR}${name}`, 'utf8') }));
}

/** `intyg/typ/code` and `intyg/version` by a plain text search, to name a sample whose model is missing. */
export function describeSample(xml: string): string {
  const code = /<(?:\w+:)?code>([^<]*)<\/(?:\w+:)?code>/.exec(xml)?.[1] ?? '?';
  const version = /<(?:\w+:)?version>([^<]*)<\/(?:\w+:)?version>/.exec(xml)?.[1] ?? '?';
  return `${code} version ${version}`;
}
