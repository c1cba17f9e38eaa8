// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compileModel, type Answers, type CertificateModel, type ElementSpec } from '@intyg/core';
import { modelWith, text } from '../../../core/src/test-support/model-with.js';
import type { CertificateResponse } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { PrintLink } from './PrintLink.js';

// An employer's certificate in small: 100 (share the diagnosis with the employer?) and the diagnosis 6, which the
// patient may leave out of a printout when 100 is Ja.
const share = {
  id: '100',
  kind: 'radioBoolean',
  fieldId: '100.1',
  label: 'Önskar patienten förmedla information om diagnos till sin arbetsgivare?',
  trueLabel: 'Ja',
  falseLabel: 'Nej',
} as ElementSpec;
const withOptions: CertificateModel = {
  ...modelWith(share, text('6', { label: 'Diagnos' })),
  printOptions: {
    hideableElements: ['6'],
    allowedWhen: '$100.1',
    hiddenNotice: 'På patientens begäran uppges inte diagnos.',
  },
};
const ID = '0b6f7a1e-2222-4c1e-9d1e-0d1e2f3a4b5c';

function certificate(answers: Answers): CertificateResponse {
  return {
    id: ID,
    status: 'signed',
    answers,
    signedAt: '2025-10-01T08:00:00.000Z',
    updatedAt: '2025-10-01T08:00:00.000Z',
  } as unknown as CertificateResponse;
}

function renderLinks(model: CertificateModel, answers: Answers) {
  render(
    <I18nProvider>
      <PrintLink certificate={certificate(answers)} compiled={compileModel(model)} />
    </I18nProvider>,
  );
  return screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
}

afterEach(cleanup);

describe('PrintLink', () => {
  it('offers a printout without the diagnosis when the model allows it for these answers', () => {
    expect(renderLinks(withOptions, { '100': true, '6': 'Lumbago' })).toEqual([
      ['Skriv ut (öppnas i en ny flik)', `/api/certificates/${ID}/pdf`],
      ['Skriv ut utan diagnos (öppnas i en ny flik)', `/api/certificates/${ID}/pdf?hideDiagnosis=true`],
    ]);
  });

  it('offers only the ordinary printout when the answers do not allow hiding, or the model has no options', () => {
    expect(renderLinks(withOptions, { '100': false })).toEqual([
      ['Skriv ut (öppnas i en ny flik)', `/api/certificates/${ID}/pdf`],
    ]);
    cleanup();
    expect(renderLinks(modelWith(share, text('6')), { '100': true, '6': 'Lumbago' })).toHaveLength(1);
  });
});
