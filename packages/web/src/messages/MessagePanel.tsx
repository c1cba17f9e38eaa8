import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CompiledModel } from '@intyg/core';
import { messagesApi, type ThreadBody } from '../api/messages.js';
import type { CertificateResponse } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/sv.js';
import { ErrorMessage } from '../pages/ErrorMessage.js';
import { RefusalMessage, refusalReasons } from '../pages/PatientFlags.js';
import { MessageThread, type ThreadHandlers } from './MessageThread.js';
import { NewQuestionForm } from './NewQuestionForm.js';
import { announceMessagesChanged } from './waiting-count.js';

/**
 * The certificate's messages with its recipient (domain.md §3), for a signed certificate whose model exchanges
 * them: the threads, newest first, what the user may do with each, and a new question. Nothing otherwise.
 */
export function MessagePanel({ certificate, compiled }: { certificate: CertificateResponse; compiled: CompiledModel }) {
  const exchange = compiled.model.messages;
  if (exchange === undefined || certificate.status === 'draft' || certificate.status === 'lockedDraft') return null;
  return (
    <Panel
      certificate={certificate}
      recipient={compiled.model.recipient?.name ?? ''}
      subjects={exchange.questionSubjects}
    />
  );
}

function Panel({
  certificate,
  recipient,
  subjects,
}: {
  certificate: CertificateResponse;
  recipient: string;
  subjects: NonNullable<CompiledModel['model']['messages']>['questionSubjects'];
}) {
  const { t, language } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const [threads, setThreads] = useState<ThreadBody[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let active = true;
    messagesApi.threads(certificate.id).then(
      (items) => active && setThreads(items),
      (cause: unknown) => active && setError(cause),
    );
    return () => {
      active = false;
    };
  }, [certificate.id]);

  const changed = (thread: ThreadBody, done: MessageKey) => {
    setThreads((list = []) =>
      list.some((item) => item.id === thread.id)
        ? list.map((item) => (item.id === thread.id ? thread : item))
        : [thread, ...list],
    );
    setStatus(t(done));
    announceMessagesChanged();
  };
  const handlers: ThreadHandlers = {
    onChanged: changed,
    onError: (cause) => {
      setError(cause);
      if (cause !== undefined) setStatus('');
    },
    onComplement: async () => {
      setError(undefined);
      try {
        const draft = await messagesApi.complement(certificate.id);
        navigate(`/certificates/${draft.id}`);
      } catch (cause) {
        setError(cause);
      }
    },
  };
  const complementDraft = certificate.relations?.find(
    (relation) =>
      relation.direction === 'child' &&
      relation.kind === 'complements' &&
      (relation.status === 'draft' || relation.status === 'lockedDraft'),
  );
  const mayAsk = certificate.actions.some((action) => action.id === 'answerMessage' && action.allowed);
  const refusal = refusalReasons(error, language);

  return (
    <section className="panel messages" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('messages.title')}</h2>
      <p className="muted">{t('messages.intro', { recipient })}</p>
      <p role="status" className="messages__status">
        {status}
      </p>
      {refusal ? <RefusalMessage reasons={refusal} /> : <ErrorMessage error={error} />}
      {threads === undefined && error === undefined && <p>{t('app.loading')}</p>}
      {threads?.length === 0 && <p>{t('messages.none')}</p>}
      {threads?.map((thread) => (
        <MessageThread
          key={thread.id}
          thread={thread}
          certificateId={certificate.id}
          recipient={recipient}
          complementDraftId={complementDraft?.certificateId}
          handlers={handlers}
        />
      ))}
      {mayAsk && (
        <NewQuestionForm
          certificateId={certificate.id}
          recipient={recipient}
          subjects={subjects}
          onAsked={(thread) => changed(thread, 'messages.done.asked')}
          onError={handlers.onError}
        />
      )}
    </section>
  );
}
