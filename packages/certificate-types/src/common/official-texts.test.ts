import { describe, expect, it } from 'vitest';
import { normaliseText, parseOfficialTexts, requireText } from './official-texts.js';

describe('parseOfficialTexts', () => {
  it('reads every text with its id and normalises the indentation', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<texter version="1.0">
    <text id="FRG_1.RBK">Intyget är baserat på</text>
    <text id="FRG_1.HLP">Första stycket
        fortsätter här.

        - punkt ett
        - punkt två   </text>
    <tillagg><tillaggsfraga id="9001"><text id="DFR_9001.1.RBK">Rubrik</text></tillaggsfraga></tillagg>
    <text id="EMPTY"/>
</texter>`;
    expect(parseOfficialTexts(xml)).toEqual({
      'FRG_1.RBK': 'Intyget är baserat på',
      'FRG_1.HLP': 'Första stycket\nfortsätter här.\n\n- punkt ett\n- punkt två',
      'DFR_9001.1.RBK': 'Rubrik',
      EMPTY: '',
    });
  });

  it('decodes XML entities', () => {
    expect(parseOfficialTexts('<text id="a">&quot;Övrigt&quot; &amp; &lt;b&gt; &#229;&#x00E4;</text>')).toEqual({
      a: '"Övrigt" & <b> åä',
    });
  });

  it('refuses duplicate ids and markup inside a text', () => {
    expect(() => parseOfficialTexts('<text id="a">x</text><text id="a">y</text>')).toThrow("Duplicate text id 'a'");
    expect(() => parseOfficialTexts('<text id="a">x <b>y</b></text>')).toThrow("Text 'a' contains markup");
  });
});

describe('normaliseText', () => {
  it('trims lines, keeps single blank lines between paragraphs and drops leading and trailing blank lines', () => {
    expect(normaliseText('\n   \n  a  \n\n\n   \n  b\r\n  c \n  \n')).toBe('a\n\nb\nc');
  });
});

describe('requireText', () => {
  it('returns the text or names the missing id', () => {
    expect(requireText({ a: 'A' }, 'a')).toBe('A');
    expect(() => requireText({ a: 'A' }, 'b')).toThrow("No official text 'b'");
  });
});
