/**
 * DOM ids derived from model ids, so that a validation error's `fieldId` ("HALFTEN.from", "29.1",
 * "huvuddiagnos.code") finds its input, and an element id finds its wrapper.
 */
function sanitize(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

export const inputId = (fieldId: string): string => `f-${sanitize(fieldId)}`;
export const elementDomId = (elementId: string): string => `el-${sanitize(elementId)}`;
export const errorsDomId = (elementId: string): string => `err-${sanitize(elementId)}`;
export const labelDomId = (elementId: string): string => `lbl-${sanitize(elementId)}`;
export const helpDomId = (elementId: string): string => `help-${sanitize(elementId)}`;
export const counterDomId = (elementId: string): string => `cnt-${sanitize(elementId)}`;
/** A signed certificate's answer to the element, where a request for complement's question links. */
export const signedAnswerDomId = (elementId: string): string => `ans-${sanitize(elementId)}`;

const FIELDS = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Moves focus to the input a validation error names; falls back to the first input of the element (or category),
 * then to the element itself. Returns whether anything got focus.
 */
export function focusField(elementId: string, fieldId: string | undefined): boolean {
  const candidates: (HTMLElement | null)[] = [];
  if (fieldId) {
    candidates.push(document.getElementById(inputId(fieldId)));
    const base = fieldId.split('.')[0];
    if (base && base !== fieldId) candidates.push(document.getElementById(inputId(base)));
  }
  const wrapper = document.getElementById(elementDomId(elementId));
  candidates.push(wrapper?.querySelector<HTMLElement>(FIELDS) ?? null);
  for (const candidate of candidates) {
    if (candidate && !(candidate as HTMLInputElement).disabled) {
      candidate.focus();
      return true;
    }
  }
  if (wrapper) {
    // Every control is disabled (an answer the rules no longer allow): the question itself takes focus.
    wrapper.tabIndex = -1;
    wrapper.focus();
    return true;
  }
  return false;
}
