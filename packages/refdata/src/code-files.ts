import { displayCodeOf, type DiagnosisCode } from './code-system.js';
import { readLines } from './text-files.js';

/**
 * ICD-10-SE from `digit3.txt`, `digit4.txt`, `digit5.txt`: `CODE<TAB><dagger mark><TAB>TITLE`. Some 36,000
 * lines read at every start: each is cut at its tabs rather than split into arrays (a third of the time).
 */
export function loadIcd10se(dir: string): DiagnosisCode[] {
  const codes: DiagnosisCode[] = [];
  for (const file of ['digit3.txt', 'digit4.txt', 'digit5.txt']) {
    for (const line of readLines(`${dir}/${file}`)) {
      const codeEnd = line.indexOf('\t');
      const markEnd = codeEnd < 0 ? -1 : line.indexOf('\t', codeEnd + 1);
      const code = (codeEnd < 0 ? line : line.slice(0, codeEnd)).trim();
      // A title with tabs of its own keeps them as spaces.
      const title =
        markEnd < 0
          ? ''
          : line
              .slice(markEnd + 1)
              .replaceAll('\t', ' ')
              .trim();
      codes.push({ code, displayCode: displayCodeOf(code), title, codeSystem: 'icd10se', synonyms: [] });
    }
  }
  return codes;
}

/**
 * KSH97-P from `KSH97P_KOD.txt` (code in columns 1–6, title after) with the synonyms of `KSH97P_SFAMALT.txt`
 * (same layout, several rows per code). Codes keep their KSH97-P form: `A02-P`, `M549P`, `F438A`.
 */
export function loadKsh97p(dir: string): DiagnosisCode[] {
  const parse = (line: string) => ({ code: line.slice(0, 6).trim(), text: line.slice(6).trim() });
  const synonyms = new Map<string, string[]>();
  for (const line of readLines(`${dir}/KSH97P_SFAMALT.txt`)) {
    const { code, text } = parse(line);
    synonyms.set(code, [...(synonyms.get(code) ?? []), text]);
  }
  return readLines(`${dir}/KSH97P_KOD.txt`).map((line) => {
    const { code, text } = parse(line);
    return {
      code,
      displayCode: displayCodeOf(code),
      title: text,
      codeSystem: 'ksh97p' as const,
      synonyms: (synonyms.get(code) ?? []).filter((synonym) => synonym !== text),
    };
  });
}
