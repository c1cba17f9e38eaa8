/**
 * Shared pieces of the validation tests over the kitchen-sink model: a complete, valid set of answers,
 * a way to patch one element of the model, and a compact summary of errors.
 */
import type { Answers } from '../model/answers.js';
import type { CertificateModel } from '../model/certificate-model.js';
import type { ElementSpec } from '../model/element.js';
import type { ValidationError } from '../validation/validation-error.js';
import { KITCHEN_SINK_TODAY } from './kitchen-sink-model.js';

const today = KITCHEN_SINK_TODAY;

/** A complete, valid set of answers for the kitchen-sink model. */
export const valid: Answers = {
  '1': false,
  '2': ['NUVARANDE_ARBETE'],
  '3': 'Snickare, bygger trappor',
  '4': [{ code: 'UNDERSOKNING', date: today }],
  '6': [{ code: 'J20', description: 'Akut bronkit' }],
  '23': { text: 'Andfådd vid ansträngning.', icfCodes: ['b440', 'b455'] },
  '7': [{ code: 'HELT_NEDSATT', from: today, to: '2025-03-28' }],
  '12': 'STOR_SANNOLIKHET',
  '15': today,
  '17': { from: today, to: '2025-03-20' },
  '18': 2020,
  '21': { right: { withoutCorrection: 0.8 }, left: { withoutCorrection: 0.8 }, binocular: { withoutCorrection: 1 } },
  '22': [{ code: 'NEUROPSYKIATRISKT', date: '2025-03-01', source: 'Habiliteringen' }],
  UNIT_CONTACT: { address: 'Storgatan 1', zipCode: '111 22', city: 'Stockholm', phone: '08-123 45 67' },
};

/** [ruleId, elementId, fieldId, Swedish message] of each error. */
export function summary(errors: readonly ValidationError[]) {
  return errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.message.sv]);
}

/** The model with one element replaced, for a rule the kitchen-sink model does not exercise. */
export function withElement(model: CertificateModel, id: string, patch: Partial<ElementSpec>): CertificateModel {
  const map = (element: ElementSpec): ElementSpec => {
    const patched = (element.id === id ? { ...element, ...patch } : element) as ElementSpec;
    return patched.children ? ({ ...patched, children: patched.children.map(map) } as ElementSpec) : patched;
  };
  return { ...model, elements: model.elements.map(map) };
}
