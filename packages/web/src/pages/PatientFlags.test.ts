import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { format, type Translate } from '../i18n/i18n.js';
import { sv } from '../i18n/sv.js';
import { patientLabel, refusalReasons } from './PatientFlags.js';

const t: Translate = (key, params) => format(sv[key], params);
const plain = { protectedIdentity: false, deceased: false, testPerson: false };

describe('patient labels', () => {
  it('shows an ordinary patient as name and number, as the e2e tests pick them', () => {
    expect(patientLabel(t, { ...plain, name: 'Tolvan Tolvansson' }, '19121212-1212')).toBe(
      'Tolvan Tolvansson (19121212-1212)',
    );
  });

  it('names what sets a patient apart, and never a hidden name', () => {
    expect(patientLabel(t, { ...plain, protectedIdentity: true, name: null }, '19540123-2540')).toBe(
      'Skyddade personuppgifter (19540123-2540) – sekretessmarkering',
    );
    expect(patientLabel(t, { ...plain, deceased: true, testPerson: true, name: 'Harald Hedlund' }, '1')).toBe(
      'Harald Hedlund (1) – avliden, testperson',
    );
  });
});

describe('refusal reasons', () => {
  const refused = new ApiError(403, 'ACTION_NOT_ALLOWED', 'You cannot.', {
    reasons: [{ code: 'patientDeceased', message: { sv: 'Patienten är avliden.', en: 'The patient is deceased.' } }],
  });

  it("gives a refused action's reasons in the user's language", () => {
    expect(refusalReasons(refused, 'sv')).toEqual(['Patienten är avliden.']);
    expect(refusalReasons(refused, 'en')).toEqual(['The patient is deceased.']);
  });

  it('leaves other errors alone', () => {
    expect(refusalReasons(new ApiError(404, 'CERTIFICATE_NOT_FOUND', 'No.'), 'sv')).toBeUndefined();
    expect(refusalReasons(new Error('x'), 'sv')).toBeUndefined();
    expect(refusalReasons(new ApiError(403, 'ACTION_NOT_ALLOWED', 'No.', { reasons: 'x' }), 'sv')).toBeUndefined();
  });
});
