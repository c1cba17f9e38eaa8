import type { formSv } from './form-sv.js';

/** English texts of the form's own tools; same keys as form-sv.ts (the type checker enforces it). */
export const formEn: Record<keyof typeof formSv, string> = {
  'date.hint': 'YYYY-MM-DD, or for example idag (today), igår (yesterday), +7, -3, 2v (weeks), 1m',
  'date.hintPeriodEnd':
    'In the end date, 14, 2v and 1m give the length of the period from the start date, and +13 the start date plus 13 days.',
  'date.unreadable':
    'The date could not be read. Write it as YYYY-MM-DD (for example {example}) or as idag (today), +7 or 2v (weeks).',
  'date.read': '“{text}” became {date}.',

  'periods.total': 'Sick leave in total: {days} ({from} – {to})',
  'periods.totalWithBreaks': 'Sick leave in total: {days} within {span} calendar days, with breaks ({from} – {to})',

  'editor.missing.countOne': '1 item is missing or needs correcting.',
  'editor.missing.items': '{count} items',
  'editor.missing.itemsOne': '1 item',

  'help.toggle': 'Help text',

  'guide.link': 'Guide to {name}',
  'guide.title': 'Guide to {name}',
  'guide.intro': 'In short: what the certificate is for and what the recipient needs from you.',
  'guide.purpose': 'What the certificate is for',
  'guide.recipient': 'Who receives it',
  'guide.needs': 'What the recipient needs from you',
  'guide.back': 'Back to the certificate',
  'guide.questions': 'Questions in the certificate:',
  'guide.openQuestion': 'Go to the question “{question}” in the certificate',
  'guide.loading': 'Loading the guide…',
  'guide.notFound': 'There is no guide for “{type}”.',
  'guide.all': 'Guides to every certificate type',
};
