import { Fragment, useMemo } from 'react';
import {
  evaluateForm,
  isValueElement,
  visibleAnswers,
  type Answers,
  type CompiledModel,
  type ElementSpec,
  type FormState,
} from '@intyg/core';
import type { CertificateResponse } from '../api/types.js';
import { useT } from '../i18n/i18n.js';
import { answerLines } from './answer-text.js';
import { signedAnswerDomId } from './dom-ids.js';

/**
 * The read-only certificate (signed, sent, revoked, or a locked draft): every visible answer with its question
 * and option texts. Its status and actions are the lifecycle's (CertificateStatus above it).
 */
export function SignedView({ certificate, compiled }: { certificate: CertificateResponse; compiled: CompiledModel }) {
  const t = useT();
  // Visibility as of the signing day is what the signer saw; the answers were stored as signed.
  const today = certificate.signedAt?.slice(0, 10) ?? certificate.updatedAt.slice(0, 10);
  const answers = useMemo(
    () => visibleAnswers(compiled, certificate.answers, today),
    [compiled, certificate.answers, today],
  );
  const formState = useMemo(() => evaluateForm(compiled, answers, today), [compiled, answers, today]);
  return (
    <article className="signed" aria-labelledby="signed-heading">
      <h2 id="signed-heading" className="visually-hidden">
        {t('signed.title')}
      </h2>
      <SignedElements elements={compiled.model.elements} answers={answers} formState={formState} />
    </article>
  );
}

function SignedElements({
  elements,
  answers,
  formState,
  insideList = false,
}: {
  elements: readonly ElementSpec[];
  answers: Answers;
  formState: FormState;
  /** Whether the caller already opened a `<dl>`; answers outside a category get their own. */
  insideList?: boolean;
}) {
  const t = useT();
  return (
    <>
      {elements.map((element) => {
        if (!formState.element(element.id).visible) return null;
        // A category's and a question's children are always rendered inside a <dl>.
        const children = element.children ? (
          <SignedElements elements={element.children} answers={answers} formState={formState} insideList />
        ) : null;
        if (element.kind === 'category') {
          return (
            <section key={element.id} className="signed__category">
              <h3>{element.label}</h3>
              <dl className="signed__answers">{children}</dl>
            </section>
          );
        }
        if (!isValueElement(element)) return null;
        const lines = answerLines(element, answers[element.id], t);
        const item = (
          <>
            <div className="signed__answer" id={signedAnswerDomId(element.id)}>
              <dt>{element.label}</dt>
              <dd>
                {lines.length === 0 ? (
                  <span className="muted">{t('signed.notAnswered')}</span>
                ) : (
                  lines.map((line, index) => <p key={index}>{line}</p>)
                )}
              </dd>
            </div>
            {children}
          </>
        );
        return insideList ? (
          <Fragment key={element.id}>{item}</Fragment>
        ) : (
          <dl key={element.id} className="signed__answers">
            {item}
          </dl>
        );
      })}
    </>
  );
}
