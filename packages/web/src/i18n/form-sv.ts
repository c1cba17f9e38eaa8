/**
 * Swedish texts of the form's own tools: date fields with shorthands, the sick-leave periods' day counts, the
 * list of what is missing, the help texts and the guides per certificate type (the guides' content is in
 * ../guides/).
 */
export const formSv = {
  'date.hint': 'ÅÅÅÅ-MM-DD, eller till exempel idag, igår, +7, -3, 2v, 1m',
  'date.hintPeriodEnd':
    'I slutdatumet räknas 14, 2v och 1m som periodens längd från startdatumet, och +13 som startdatumet plus 13 dagar.',
  'date.unreadable':
    'Datumet kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD (till exempel {example}) eller som idag, +7 eller 2v.',
  'date.read': '”{text}” blev {date}.',

  'periods.total': 'Sjukskrivning totalt: {days} ({from} – {to})',
  'periods.totalWithBreaks': 'Sjukskrivning totalt: {days} inom {span} kalenderdagar, med uppehåll ({from} – {to})',

  'editor.missing.countOne': '1 uppgift saknas eller behöver rättas.',
  'editor.missing.items': '{count} uppgifter',
  'editor.missing.itemsOne': '1 uppgift',

  'help.toggle': 'Hjälptext',

  'guide.link': 'Guide för {name}',
  'guide.title': 'Guide för {name}',
  'guide.intro': 'Kort om vad intyget är till för och vad mottagaren behöver av dig.',
  'guide.purpose': 'Vad intyget är till för',
  'guide.recipient': 'Vem som tar emot intyget',
  'guide.needs': 'Vad mottagaren behöver av dig',
  'guide.back': 'Tillbaka till intyget',
  'guide.questions': 'Frågor i intyget:',
  'guide.openQuestion': 'Gå till frågan ”{question}” i intyget',
  'guide.loading': 'Hämtar guiden…',
  'guide.notFound': 'Det finns ingen guide för ”{type}”.',
  'guide.all': 'Guider för alla intygstyper',
};
