/**
 * What a model says about sick leave: which of its elements hold the periods and the diagnoses, whether its
 * certificates make up the patient's sick-leave case (sjukfall), and where a doctor motivates a sick leave
 * longer than FMB recommends. Sick-leave cases, the FMB length warning and (later) the rehab overview read
 * this instead of knowing type ids.
 */
import type { ElementSpec } from './element.js';

export interface SickLeaveDeclaration {
  /** The `sickLeavePeriods` element. */
  readonly periodsElementId: string;
  /** The `diagnoses` element; its ICD-10-SE codes select FMB's recommendation. */
  readonly diagnosesElementId: string;
  /**
   * Whether certificates of this type build the patient's sick-leave case: FK7804/LISJP yes; the employer's
   * AG7804 no (domain.md §7.2, `partOfSickLeaveChain`).
   */
  readonly partOfSickLeaveCase: boolean;
  /**
   * The question where the doctor explains a sick leave longer than FMB recommends (FK7804's 37). When set,
   * drafts get the FMB length warning pointing there (domain.md §6.1); when absent, they get none.
   */
  readonly fmbMotivationElementId?: string;
}

/** Load-time check: the named elements exist and are of the right kind. */
export function checkSickLeaveDeclaration(
  declaration: SickLeaveDeclaration,
  elements: ReadonlyMap<string, ElementSpec>,
  report: (message: string) => void,
): void {
  const expect = (id: string | undefined, what: string, kinds: readonly string[]) => {
    if (id === undefined) return;
    const kind = elements.get(id)?.kind;
    if (kind === undefined || !kinds.includes(kind)) {
      report(`sickLeave.${what} '${id}' is not ${kinds.length === 1 ? `a ${kinds[0]}` : 'a text'} element`);
    }
  };
  expect(declaration.periodsElementId, 'periodsElementId', ['sickLeavePeriods']);
  expect(declaration.diagnosesElementId, 'diagnosesElementId', ['diagnoses']);
  expect(declaration.fmbMotivationElementId, 'fmbMotivationElementId', ['textArea', 'textField']);
}
