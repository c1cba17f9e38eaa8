import { describe, expect, it } from 'vitest';
import { redactUrl } from './logging.js';

const MASK = '************';

describe('redactUrl: the application log never holds a personal identity number', () => {
  it.each([
    ['/api/patients/191212121212', `/api/patients/${MASK}`],
    ['/api/patients/19121212-1212', `/api/patients/${MASK}`],
    ['/api/patients/121212-1212', `/api/patients/${MASK}`],
    ['/api/patients/1212121212', `/api/patients/${MASK}`],
    ['/api/patients/19121212+1212', `/api/patients/${MASK}`],
    ['/api/patients/121212%2B1212', `/api/patients/${MASK}`],
    ['/api/patients/121212%2b1212', `/api/patients/${MASK}`],
    ['/api/patients/197010632391', `/api/patients/${MASK}`], // coordination number
    ['/api/certificates?patientId=191212121212&limit=5', `/api/certificates?patientId=${MASK}&limit=5`],
    ['/api/admin/audit?patientId=19401130-6125&actorHsaId=X', `/api/admin/audit?patientId=${MASK}&actorHsaId=X`],
  ])('masks %s', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
  });

  it('leaves URLs without a number alone', () => {
    for (const url of [
      '/api/certificates/5f0c3a52-1d2e-4b7c-9e1f-0a2b3c4d5e6f',
      '/api/certificates?limit=50&status=draft',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });

  it('errs on the side of hiding: a ten-digit run inside an HSA id is masked too', () => {
    expect(redactUrl('/api/admin/audit?actorHsaId=TSTNMT2321000156-DRAA')).toBe(
      `/api/admin/audit?actorHsaId=TSTNMT${MASK}-DRAA`,
    );
  });
});
