import type { MessageExchange } from '@intyg/core';

/**
 * Försäkringskassan's types exchange questions and answers with care (domain.md §3, feature HANTERA_FRAGOR):
 * care asks about a reconciliation meeting, contact or anything else, in Webcert's order.
 */
export const FK_MESSAGES: MessageExchange = { questionSubjects: ['AVSTMN', 'KONTKT', 'OVRIGT'] };
