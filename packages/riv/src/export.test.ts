/**
 * Export of every model in the registry, by its fixtures: the XML satisfies the RegisterCertificate
 * XSD, and importing it gives the answers back (round trip) with the header unchanged.
 */
import { certificateFixtures, certificateModels } from '@intyg/certificate-types';
import { modelKey } from '@intyg/core';
import { describe, expect, test } from 'vitest';
import { checkTransport, parseRegisterCertificate, registerCertificateXml } from './index.js';
import { testCertificate } from './test-support/certificates.js';
import { transportedAnswers } from './test-support/transported.js';
import { validateAgainstSchema } from './test-support/xmllint.js';

describe.each(certificateModels.map((model) => [modelKey(model), model] as const))('%s', (key, model) => {
  const fixtures = certificateFixtures[key];

  test('has a usable transport mapping', () => {
    expect(checkTransport(model)).toEqual([]);
  });

  test('has fixtures', () => {
    expect(fixtures, `no fixtures for ${key} in certificateFixtures`).toBeDefined();
  });

  test.each(['maximal', 'minimal'] as const)('the %s fixture exports to XML the XSD accepts', (which) => {
    if (fixtures === undefined) throw new Error(`no fixtures for ${key}`);
    const xml = registerCertificateXml(model, testCertificate(model, fixtures[which], fixtures.today));
    const result = validateAgainstSchema(xml);
    expect(result.output).toMatch(/validates$/);
    expect(result.valid).toBe(true);
  });

  test.each(['maximal', 'minimal'] as const)('the %s fixture survives export and import', (which) => {
    if (fixtures === undefined) throw new Error(`no fixtures for ${key}`);
    const certificate = testCertificate(model, fixtures[which], fixtures.today);
    const parsed = parseRegisterCertificate(registerCertificateXml(model, certificate), certificateModels);
    if (!parsed.ok) expect.fail(parsed.errors.map((error) => error.text).join('\n'));

    expect(modelKey(parsed.model)).toBe(key);
    expect(parsed.certificate.answers).toEqual(transportedAnswers(model, certificate.answers, fixtures.today));
    const { answers: _answers, ...header } = parsed.certificate;
    const { answers: _original, unit, ...originalHeader } = certificate;
    expect(header).toMatchObject(originalHeader);
    // The unit's address is the unitContact answer's when the model has one (it travels in enhet).
    expect(header.unit).toMatchObject({ unitId: unit.unitId, unitName: unit.unitName, email: unit.email });
    expect(header.unit.careProviderId).toBe(unit.careProviderId);
    expect(header.unit.workplaceCode).toBe(unit.workplaceCode);
  });
});
