import { useEffect, useRef } from 'react';
import { api } from '../api/endpoints.js';
import type { CertificateResponse } from '../api/types.js';

/** After this many polls a second apart the recipient is probably down: ask less often while the outbox retries. */
const FAST_POLLS = 30;
const SLOW_FACTOR = 5;
/**
 * Every read of a certificate is an entry in the audit log: a page left open while the recipient is down stops
 * asking after about two and a half minutes (the status still says it is being sent; a reload asks again).
 */
const MAX_POLLS = 60;

/**
 * While the certificate's sending is pending, reads it every `intervalMs` until it changes (the recipient
 * acknowledged or refused it, or someone else acted on it) and hands the new version to `onChanged`; a read
 * that fails is tried again. Stops when the certificate is no longer pending, the page goes, or after MAX_POLLS.
 */
export function useSendingPoll(
  certificate: CertificateResponse,
  onChanged: (certificate: CertificateResponse) => void,
  intervalMs = 1000,
): void {
  const { id, revision } = certificate;
  const pending = certificate.sending?.state === 'pending';
  const onChangedRef = useRef(onChanged);
  useEffect(() => {
    onChangedRef.current = onChanged;
  }, [onChanged]);

  useEffect(() => {
    if (!pending) return;
    let active = true;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      polls += 1;
      try {
        const fresh = await api.certificate(id);
        if (!active) return;
        if (fresh.revision !== revision) {
          onChangedRef.current(fresh);
          return;
        }
      } catch {
        // The next poll tries again.
      }
      if (active && polls < MAX_POLLS) {
        timer = setTimeout(() => void poll(), polls < FAST_POLLS ? intervalMs : intervalMs * SLOW_FACTOR);
      }
    };
    timer = setTimeout(() => void poll(), intervalMs);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [id, revision, pending, intervalMs]);
}
