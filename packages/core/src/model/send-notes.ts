/**
 * What the doctor reads before sending a certificate to its recipient (Webcert's send confirmation, e.g.
 * FK7804's note on short sick leave, domain.md §1.3.b). Notes are data of the model; a note may depend on
 * how many days the certificate's sick-leave periods cover.
 */
import { coveredDays } from '../sickleave/day-intervals.js';
import { sickLeavePeriodsOf } from '../sickleave/sick-leave-warnings.js';
import type { Answers } from './answers.js';
import type { CertificateModel } from './certificate-model.js';

export interface SendNote {
  readonly text: string;
  /** A list under the text (e.g. the exceptions to a rule). */
  readonly items?: readonly string[];
  /** Shown only when the periods (`model.sickLeave`) cover fewer days than this. */
  readonly whenSickLeaveDaysBelow?: number;
}

/** The notes that apply to a certificate with these answers, in model order. */
export function sendNotesFor(model: CertificateModel, answers: Answers): SendNote[] {
  const notes = model.sendNotes ?? [];
  if (!notes.some((note) => note.whenSickLeaveDaysBelow !== undefined)) return [...notes];
  const days = coveredDays(sickLeavePeriodsOf(model, answers));
  return notes.filter((note) => note.whenSickLeaveDaysBelow === undefined || days < note.whenSickLeaveDaysBelow);
}

/** Load-time check: a note on sick-leave days needs the model's sick-leave declaration. */
export function checkSendNotes(model: CertificateModel, report: (message: string) => void): void {
  for (const note of model.sendNotes ?? []) {
    if (note.text.trim() === '') report('A send note without text');
    if (note.whenSickLeaveDaysBelow !== undefined && model.sickLeave === undefined) {
      report('A send note depends on sick-leave days, but the model declares no sickLeave');
    }
  }
}
