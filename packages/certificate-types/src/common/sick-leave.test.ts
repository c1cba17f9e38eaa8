import { checkModel, sendNotesFor } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { certificateFixtures } from '../fixtures.js';
import { getModel } from '../registry.js';

describe('FK7804 send notes', () => {
  const model = getModel('lisjp', '2.0')!;
  const { minimal, maximal } = certificateFixtures['lisjp/2.0']!;

  it('warns about a sick leave shorter than 15 days, and always reminds of the application', () => {
    // The minimal fixture's one period is 14 days.
    expect(sendNotesFor(model, minimal).map((note) => note.text)).toEqual([
      expect.stringMatching(/^Om sjukperioden är kortare än 15 dagar ska intyget inte skickas/),
      'Upplys patienten om att även göra en ansökan om sjukpenning hos Försäkringskassan.',
    ]);
    expect(sendNotesFor(model, maximal).map((note) => note.text)).toEqual([
      'Upplys patienten om att även göra en ansökan om sjukpenning hos Försäkringskassan.',
    ]);
  });

  it('a note on sick-leave days needs the sick-leave declaration', () => {
    const { sickLeave: _none, ...withoutDeclaration } = model;
    expect(checkModel(withoutDeclaration).map((problem) => problem.message)).toContain(
      'A send note depends on sick-leave days, but the model declares no sickLeave',
    );
  });
});
