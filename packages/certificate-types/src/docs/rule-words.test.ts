import { describe, expect, it } from 'vitest';
import { fieldNamesOf, shortQuestion } from './field-names.js';
import { ruleWords } from './rule-words.js';
import { sampleModel } from './test-support/sample-model.js';

const names = fieldNamesOf(sampleModel);
const words = (expression: string): string => ruleWords(expression, names);

describe('ruleWords', () => {
  it('names an option by its label and says it is selected', () => {
    expect(words('$NUVARANDE_ARBETE')).toBe("'Nuvarande arbete' är valt");
    expect(words('!$UNDERSOKNING')).toBe("'Min undersökning' är inte valt");
  });

  it('reads a boolean field by its kind', () => {
    expect(words('$27.1')).toBe("'Smitta' är ikryssad");
    expect(words('$33.1')).toBe("'Ojämn arbetstid?' är besvarad med 'Ja'");
    expect(words('!$33.1')).toBe("'Ojämn arbetstid?' är inte besvarad med 'Ja'");
    expect(words('$29.1')).toBe("'Yrke' är ifylld");
  });

  it('reads exists() and empty(), and their negations', () => {
    expect(words('exists($33.1)')).toBe("'Ojämn arbetstid?' är besvarad");
    expect(words('empty($29.1)')).toBe("'Yrke' är tom");
    expect(words('!exists($29.1)')).toBe("'Yrke' är tom");
    expect(words('!empty($29.1)')).toBe("'Yrke' är besvarad");
    expect(words('exists($HALFTEN)')).toBe("'50 procent' är besvarad");
    expect(words('exists($huvuddiagnos)')).toBe("rad 1 i 'Diagnos' är besvarad");
  });

  it('joins && with "och", || with "eller", and parenthesises the other connective', () => {
    expect(words('$27.1 && $NUVARANDE_ARBETE')).toBe("'Smitta' är ikryssad och 'Nuvarande arbete' är valt");
    expect(words('!$UNDERSOKNING && ($TELEFON || $ANNAT)')).toBe(
      "'Min undersökning' är inte valt och ('Telefon' eller 'Annat' är valt)",
    );
    expect(words('($27.1 && $TELEFON) || $ANNAT')).toBe(
      "('Smitta' är ikryssad och 'Telefon' är valt) eller 'Annat' är valt",
    );
  });

  it('shares the predicate of a chain only when every operand has it', () => {
    expect(words('$UNDERSOKNING || $TELEFON || $ANNAT')).toBe("'Min undersökning', 'Telefon' eller 'Annat' är valt");
    expect(words('$27.1 || exists($HALFTEN)')).toBe("'Smitta' är ikryssad eller '50 procent' är besvarad");
    expect(words('!$29.1 && !$35.1 && !$39.4')).toBe(
      "varken 'Yrke', 'Ange vilken/vilka funktionsnedsättningar patienten har till följd av…' eller 'Antal månader' är ifylld",
    );
    expect(words('!$29.1 && !$UNDERSOKNING')).toBe("'Yrke' är inte ifylld och 'Min undersökning' är inte valt");
  });

  it('spells out date attributes as days relative to today', () => {
    expect(words('$HALFTEN.from < -7')).toBe("startdatum för '50 procent' (dagar från idag) < -7");
    expect(words('$HELT.to >= 0')).toBe("slutdatum för '100 procent' (dagar från idag) ≥ 0");
    expect(words('$2.1.days > $UNDERSOKNING.days')).toBe(
      "datum för 'Kännedom om patienten' (dagar från idag) > datum för 'Min undersökning' (dagar från idag)",
    );
  });

  it('renders values, arithmetic and negated comparisons', () => {
    expect(words('$39.4 + 1 != 3')).toBe("'Antal månader' + 1 ≠ 3");
    expect(words('$39.4 - ($39.4 - 1) == -$39.4')).toBe("'Antal månader' - ('Antal månader' - 1) = -'Antal månader'");
    expect(words('!($39.4 <= 2)')).toBe("inte ('Antal månader' ≤ 2)");
    expect(words("$29.1 == 'x'")).toBe('\'Yrke\' = "x"');
  });

  it('names visual-acuity cells by their row and column headings', () => {
    expect(words('$8')).toBe("'Synskärpa' är ifylld");
    expect(words('$8.left.contactLens')).toBe("'Vänster öga, Kontaktlinser' i 'Synskärpa' är ikryssad");
    expect(words('$8.right.withCorrection < 0.5')).toBe("'Höger öga, Med korrektion' i 'Synskärpa' < 0.5");
  });

  it('shortens long question texts but keeps option labels whole', () => {
    expect(words('$35.1')).toBe("'Ange vilken/vilka funktionsnedsättningar patienten har till följd av…' är ifylld");
    expect(words('$ARBETSSOKANDE')).toBe(
      "'Arbetssökande - att utföra sådant arbete som är normalt förekommande på arbetsmarknaden' är valt",
    );
    expect(shortQuestion('Kort fråga')).toBe('Kort fråga');
  });

  it('keeps an unknown field as written and marks an expression that does not parse', () => {
    expect(words('$NOPE')).toBe('$NOPE är sant');
    expect(words('$27.1 &&')).toBe('(ogiltigt uttryck)');
  });
});
