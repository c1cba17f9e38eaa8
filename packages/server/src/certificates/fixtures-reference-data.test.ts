import { certificateFixtures, certificateModels } from '@intyg/certificate-types';
import { compileModel, validateCertificate } from '@intyg/core';
import { loadReferenceData } from '@intyg/refdata';
import { describe, expect, it } from 'vitest';

/**
 * The models' valid fixtures are valid also with the real code lists: a diagnosis code the fixtures use must exist
 * in its code system (ICD-10-SE or KSH97-P), as the server checks. certificate-types' own contract tests run
 * without reference data.
 */
const diagnosisCodes = loadReferenceData().diagnoses;

describe('valid fixtures against the real reference data', () => {
  for (const model of certificateModels) {
    const key = `${model.type}/${model.version}`;
    it(`${key}: minimal, maximal and the other valid answers have no errors`, () => {
      const fixtures = certificateFixtures[key]!;
      const compiled = compileModel(model);
      const options = {
        today: fixtures.today,
        diagnosisCodes,
        ...(fixtures.patientBirthDate === undefined ? {} : { patientBirthDate: fixtures.patientBirthDate }),
      };
      for (const answers of [fixtures.minimal, fixtures.maximal, ...fixtures.alsoValid.map((valid) => valid.answers)]) {
        expect(validateCertificate(compiled, answers, options)).toEqual([]);
      }
    });
  }
});
