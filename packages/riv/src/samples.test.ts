/**
 * The sample messages (test-data/samples, one per legacy type): each imports with the registry's
 * models, validates without errors by its model, exports to XML the XSD accepts, and import → export
 * → import keeps the answers. A sample whose type has no model yet fails with the type and version named.
 */
import { certificateModels } from '@intyg/certificate-types';
import { compileModel, modelKey, visibleAnswers } from '@intyg/core';
import { describe, expect, test } from 'vitest';
import { parseRegisterCertificate, registerCertificateXml, validateRegisteredCertificate } from './index.js';
import type { ParsedRegisterCertificate } from './index.js';
import { describeSample, loadSamples } from './test-support/samples.js';
import { validateAgainstSchema } from './test-support/xmllint.js';

type Imported = Extract<ParsedRegisterCertificate, { ok: true }>;

function importSample(name: string, xml: string): Imported {
  const parsed = parseRegisterCertificate(xml, certificateModels);
  if (!parsed.ok) {
    const errors = parsed.errors.map((error) => `  - ${error.text}`).join('\n');
    expect.fail(`${name} (${describeSample(xml)}) does not import with the registry's models:\n${errors}`);
  }
  return parsed;
}

describe.each(loadSamples().map((sample) => [sample.name, sample] as const))('%s', (name, sample) => {
  test('imports and validates without errors by its model', () => {
    const { model, certificate } = importSample(name, sample.xml);
    const errors = validateRegisteredCertificate(model, certificate).map((error) => error.text);
    expect(errors, `${name} read as ${modelKey(model)}`).toEqual([]);
  });

  test('import → export gives XML the XSD accepts, and import → export → import keeps the answers', () => {
    const { model, certificate } = importSample(name, sample.xml);
    const xml = registerCertificateXml(model, certificate);
    const schema = validateAgainstSchema(xml);
    expect(schema.valid, schema.output).toBe(true);

    const again = importSample(`${name} (re-exported)`, xml);
    expect(modelKey(again.model)).toBe(modelKey(model));
    // Export leaves out what the model's rules hide on the signing date; nothing else may change.
    const today = certificate.signedAt.slice(0, 10);
    expect(again.certificate.answers).toEqual(visibleAnswers(compileModel(model), certificate.answers, today));
    expect(again.certificate.answers).toEqual(certificate.answers);
    expect({ ...again.certificate, answers: {} }).toEqual({ ...certificate, answers: {} });
  });
});
