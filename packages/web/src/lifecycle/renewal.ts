import type { CertificateModel, ElementSpec } from '@intyg/core';

/**
 * The questions whose answers renewing ("förnya") does not copy (domain.md §2.5), by label in form order: each
 * element marked `includeWhenRenewing: false` under one that is renewed (its follow-up questions go with it, so
 * they are not listed again). The same rule as core's `renewedElementIds`, seen from the other side.
 */
export function notRenewedLabels(model: CertificateModel): string[] {
  const labels: string[] = [];
  const visit = (element: ElementSpec): void => {
    if (element.includeWhenRenewing === false) {
      if (element.kind !== 'message' && element.label) labels.push(element.label);
      return;
    }
    for (const child of element.children ?? []) visit(child);
  };
  for (const element of model.elements) visit(element);
  return labels;
}
