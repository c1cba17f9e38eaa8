import { describe, expect, it } from 'vitest';
import { htmlToPlainText, normaliseText, parseOfficialTexts, requireText } from './official-texts.js';

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

  it('keeps an id repeated with the same text once', () => {
    expect(parseOfficialTexts('<text id="a">x</text><text id="b">y</text><text id="a">x</text>')).toEqual({
      a: 'x',
      b: 'y',
    });
  });

  it('reads CDATA content as plain text, next to ordinary text around it', () => {
    const xml = `<texter>
    <text id="FRG_2.HLP"><![CDATA[<strong>ID-kort</strong>
Avser SIS-märkt ID-kort.

<b>Pass</b>
Avser pass &amp; EU-pass.
]]>
    </text>
    <text id="KAT_99.HLP"><![CDATA[<span style="text-align:left">C1 - lastbil<br/>Taxi - taxiförarlegitimation
  </span>]]></text>
    <text id="x">före <![CDATA[<i>mitt</i>]]> efter &amp; slut</text>
</texter>`;
    expect(parseOfficialTexts(xml)).toEqual({
      'FRG_2.HLP': 'ID-kort\nAvser SIS-märkt ID-kort.\n\nPass\nAvser pass & EU-pass.',
      'KAT_99.HLP': 'C1 - lastbil\nTaxi - taxiförarlegitimation',
      x: 'före mitt efter & slut',
    });
  });

  it('still refuses markup outside a CDATA section', () => {
    expect(() => parseOfficialTexts('<text id="a"><![CDATA[x]]> <b>y</b></text>')).toThrow("Text 'a' contains markup");
  });
});

describe('htmlToPlainText', () => {
  it('turns paragraphs and list items into lines, without blank lines between items', () => {
    const html = `Avses att:
\t\t<ul>
\t\t\t<li>kontrollera blodsockret,</li>
\t\t\t<li>äta något.</li>
\t\t</ul>`;
    expect(normaliseText(htmlToPlainText('a', html))).toBe('Avses att:\n- kontrollera blodsockret,\n- äta något.');
    expect(normaliseText(htmlToPlainText('a', '<p>Ett.</p>\n\t<p>Två.</p>'))).toBe('Ett.\n\nTvå.');
  });

  it('keeps a link text, drops icon ligatures, and keeps Webcert link placeholders', () => {
    const html =
      'Se <span style="white-space: nowrap"><a href="https://www.transportstyrelsen.se" target="_blank">Vägtrafik</a> ' +
      '<i class="material-icons md-18">launch</i><span>';
    expect(normaliseText(htmlToPlainText('a', html))).toBe('Se Vägtrafik');
    expect(htmlToPlainText('a', 'Se <LINK:transportstyrelsen>.')).toBe('Se <LINK:transportstyrelsen>.');
  });

  it('refuses markup it does not know, so it is never shown raw', () => {
    expect(() => htmlToPlainText('a', 'x <table><tr><td>1</td></tr></table>')).toThrow(
      "Text 'a' contains unsupported markup",
    );
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
