import { certificateFixtures } from '@intyg/certificate-types';
import { addDays, daysBetween, isValidDate, type Answers, type CompiledModel } from '@intyg/core';
import { CertificateService } from './certificates/certificate-service.js';
import { actorFor, findTestUser } from './directory/test-directory.js';
import type { System } from './system.js';

/**
 * Demo certificates for a first start, at the demo doctor's unit: for every type, a signed
 * certificate (its maximal fixture, moved to today) and a draft. Written through the same
 * service as the API, so they are valid by the same rules. Runs only on an empty database.
 */
export async function seedDemoData(system: System): Promise<void> {
  const { certificates } = await system.store.counts();
  if (certificates > 0) return;
  const doctorUser = findTestUser('ajla');
  if (!doctorUser) return;
  const doctor = actorFor(doctorUser);
  const service = new CertificateService(system);
  const today = system.clock.today();

  for (const summary of system.models.types(today)) {
    if (!summary.canCreateDraft) continue;
    const compiled = system.models.get(summary.type, summary.version);
    const fixtures = certificateFixtures[`${summary.type}/${summary.version}`];
    if (!compiled || !fixtures) continue;

    const draft = await service.create(doctor, { type: summary.type, patientId: '191212121212' });
    const shift = daysBetween(fixtures.today, today) ?? 0;
    const saved = await service.update(doctor, draft.certificate.id, {
      revision: draft.certificate.revision,
      answers: { ...shiftDates(compiled, fixtures.maximal, shift), ...draft.certificate.answers },
    });
    if (saved.validation.valid) {
      await service.sign(doctor, saved.certificate.id, { revision: saved.certificate.revision });
    }
    await service.create(doctor, { type: summary.type, patientId: '194011306125' });
  }
}

/** The same answers with every date moved by `days`, so relative rules (not after today…) still hold. */
function shiftDates(compiled: CompiledModel, answers: Answers, days: number): Answers {
  const move = (date: string) => (isValidDate(date) ? addDays(date, days) : date);
  const shifted: Record<string, Answers[string]> = {};
  for (const [elementId, value] of Object.entries(answers)) {
    const kind = compiled.element(elementId)?.kind;
    if (kind === 'date' && typeof value === 'string') shifted[elementId] = move(value);
    else if (kind === 'checkboxDateList' && Array.isArray(value)) {
      shifted[elementId] = (value as { code: string; date: string }[]).map((row) => ({ ...row, date: move(row.date) }));
    } else if (kind === 'sickLeavePeriods' && Array.isArray(value)) {
      shifted[elementId] = (value as { code: string; from: string; to: string }[]).map((period) => ({
        ...period,
        from: move(period.from),
        to: move(period.to),
      }));
    } else if (kind === 'dateRange' && typeof value === 'object' && value !== null && 'from' in value) {
      const range = value as { from: string; to: string };
      shifted[elementId] = { from: move(range.from), to: move(range.to) };
    } else if (kind === 'uncertainDate' && typeof value === 'string') {
      shifted[elementId] = move(value);
    } else if (kind === 'medicalInvestigationList' && Array.isArray(value)) {
      shifted[elementId] = (value as { code: string; date: string; source: string }[]).map((row) => ({
        ...row,
        date: move(row.date),
      }));
    } else shifted[elementId] = value;
  }
  return shifted;
}
