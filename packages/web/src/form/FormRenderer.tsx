import type { ElementSpec } from '@intyg/core';
import { isValueElement } from '@intyg/core';
import { ElementView } from './ElementView.js';
import { useForm } from './form-context.js';
import { elementDomId, labelDomId } from './dom-ids.js';
import { MessageNote } from './fields/MessageNote.js';
import { HelpText } from './HelpText.js';

/** Walks the model tree in display order; an element hidden by its rules is left out with its children. */
export function FormRenderer({ elements }: { elements: readonly ElementSpec[] }) {
  return (
    <>
      {elements.map((element) => (
        <ElementNode key={element.id} element={element} />
      ))}
    </>
  );
}

function ElementNode({ element }: { element: ElementSpec }) {
  const { formState } = useForm();
  if (!formState.element(element.id).visible) return null;
  const children =
    element.children && element.children.length > 0 ? <FormRenderer elements={element.children} /> : null;
  if (element.kind === 'category') {
    return (
      <section className="category" id={elementDomId(element.id)} aria-labelledby={labelDomId(element.id)}>
        <h2 id={labelDomId(element.id)} className="category__title">
          {element.label}
        </h2>
        <HelpText id={element.id} text={element.description} />
        {children}
      </section>
    );
  }
  if (element.kind === 'message') {
    return (
      <>
        <MessageNote element={element} />
        {children}
      </>
    );
  }
  if (!isValueElement(element)) return children;
  return (
    <>
      <ElementView element={element} />
      {children && <div className="subquestions">{children}</div>}
    </>
  );
}
