/**
 * Corrupted messages: variants generated from every sample that imports and from every model's
 * maximal export (codes, code systems, dates, ids, instances, shapes and header elements broken one at
 * a time; not XML, truncated, DOCTYPE/XXE, oversize…). None may throw; each must give ok:false or
 * validation errors, with a text that names what is wrong.
 */
import { certificateFixtures, certificateModels } from '@intyg/certificate-types';
import { modelKey } from '@intyg/core';
import { describe, expect, test } from 'vitest';
import { parseRegisterCertificate, registerCertificateXml, validateRegisteredCertificate } from './index.js';
import { messages } from './messages.js';
import { testCertificate } from './test-support/certificates.js';
import { headerVariants, rawVariants, svarVariants, type Variant } from './test-support/mutations.js';
import { SAMPLES_RECEIVED_ON, loadSamples } from './test-support/samples.js';

interface Base {
  readonly name: string;
  readonly xml: string;
  /** Most variants per kind of change (the samples get more, the exports fewer: the run stays short). */
  readonly limit: number;
  /** The day the variants are received (validation's today). */
  readonly today: string;
}

const bases: Base[] = [
  ...loadSamples()
    .filter((sample) => parseRegisterCertificate(sample.xml, certificateModels).ok)
    .map((sample) => ({ ...sample, limit: 6, today: SAMPLES_RECEIVED_ON })),
  ...certificateModels.flatMap((model) => {
    const fixtures = certificateFixtures[modelKey(model)];
    if (fixtures === undefined) return [];
    const certificate = testCertificate(model, fixtures.maximal, fixtures.today);
    const xml = registerCertificateXml(model, certificate);
    return [{ name: `${modelKey(model)} maximal export`, xml, limit: 2, today: fixtures.today }];
  }),
];

const variantCache = new Map<Base, { svar: Variant[]; header: Variant[]; raw: Variant[] }>();
function variantsOf(base: Base) {
  let variants = variantCache.get(base);
  if (variants === undefined) {
    variants = {
      svar: svarVariants(base.xml, base.limit),
      header: headerVariants(base.xml),
      raw: rawVariants(base.xml),
    };
    variantCache.set(base, variants);
  }
  return variants;
}

/** The texts a variant gives: import errors, or validation errors when it imports. Throws only if import does. */
function outcome(xml: string, today: string): string[] {
  const parsed = parseRegisterCertificate(xml, certificateModels);
  if (!parsed.ok) return parsed.errors.map((error) => error.text);
  return validateRegisteredCertificate(parsed.model, parsed.certificate, { today }).map((error) => error.text);
}

/** Every variant that does not behave, with why. */
function misbehaving(variants: readonly Variant[], today: string): string[] {
  const problems: string[] = [];
  for (const variant of variants) {
    let texts: string[];
    try {
      texts = outcome(variant.xml, today);
    } catch (error) {
      problems.push(`${variant.name}: threw ${String(error)}`);
      continue;
    }
    if (texts.length === 0) problems.push(`${variant.name}: imported and validated without any error`);
    else if (texts.some((text) => text.trim() === '' || text === messages.internal)) {
      problems.push(`${variant.name}: an error without a specific text: ${texts.join(' | ')}`);
    } else if (!texts.some((text) => variant.expect.test(text))) {
      problems.push(`${variant.name}: no error matches ${variant.expect}: ${texts.join(' | ')}`);
    }
  }
  return problems;
}

test('there are bases to corrupt and at least 50 variants', () => {
  expect(bases.map((base) => base.name)).toContain('lisjp__1.1.xml');
  const lisjp = bases.find((base) => base.name === 'lisjp__1.1.xml');
  if (lisjp === undefined) throw new Error('the LISJP sample does not import');
  const { svar, header, raw } = variantsOf(lisjp);
  // From the LISJP sample alone; every other base adds its own.
  expect(svar.length + header.length + raw.length).toBeGreaterThanOrEqual(50);
});

describe.each(bases.map((base) => [base.name, base] as const))('%s', (_name, base) => {
  test('the base itself imports', () => {
    expect(parseRegisterCertificate(base.xml, certificateModels).ok).toBe(true);
  });

  test('every broken svar gives an error naming it', () => {
    const variants = variantsOf(base).svar;
    expect(variants.length).toBeGreaterThan(10);
    expect(misbehaving(variants, base.today)).toEqual([]);
  });

  test('every broken header gives an error naming it', () => {
    expect(misbehaving(variantsOf(base).header, base.today)).toEqual([]);
  });

  test('messages that are not (safe) XML are refused without throwing', () => {
    expect(misbehaving(variantsOf(base).raw, base.today)).toEqual([]);
  });
});
