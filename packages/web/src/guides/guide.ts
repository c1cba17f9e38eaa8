import type { LocalizedText } from '@intyg/core';

/**
 * A short guide to one certificate type, in the spirit of Inera's Intygsskolan: what the certificate is for, who
 * receives it, what the recipient needs from the doctor and what most often makes the recipient ask for more.
 * Interface text in Swedish and English, based on the type's model (its official question and help texts) and
 * the domain reference; the official texts themselves stay in the model.
 */
export interface Guide {
  readonly type: string;
  /** What the certificate is for (paragraphs). */
  readonly purpose: readonly LocalizedText[];
  /** Who receives it and how it gets there (paragraphs). */
  readonly recipient: readonly LocalizedText[];
  /** What the recipient needs from the doctor, each point with the questions it is about. */
  readonly needs: readonly GuidePoint[];
  /** What most often makes the recipient ask for more (a request for complement, a further certificate). */
  readonly complements: { readonly heading: LocalizedText; readonly points: readonly GuidePoint[] };
}

export interface GuidePoint {
  readonly text: LocalizedText;
  /** Questions of the form this point is about: a link into the form where the guide was opened from one. */
  readonly questions?: readonly GuideQuestion[];
}

/** A question of the type's current model, by element id, with a short name for the link. */
export interface GuideQuestion {
  readonly id: string;
  readonly name: LocalizedText;
}

/** A question reference: `q('35', 'Funktionsnedsättning', 'Functional impairment')`. */
export const q = (id: string, sv: string, en: string): GuideQuestion => ({ id, name: { sv, en } });

/** Text in both languages. */
export const text = (sv: string, en: string): LocalizedText => ({ sv, en });

/** The heading of the complements section for Försäkringskassan's types. */
export const FK_COMPLEMENTS_HEADING = text(
  'Vanliga skäl till att Försäkringskassan begär komplettering',
  'Common reasons why Försäkringskassan requests a complement',
);
