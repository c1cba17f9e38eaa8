/**
 * The characters XML 1.0 allows (production Char): tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the
 * supplementary planes (a surrogate pair). Everything else (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) cannot appear in a document, not even escaped.
 */

/** Whether the UTF-16 unit at `index` starts an allowed character; `width` is 2 for a surrogate pair. */
function charAt(text: string, index: number): { readonly allowed: boolean; readonly width: 1 | 2 } {
  const unit = text.charCodeAt(index);
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d) return { allowed: true, width: 1 };
  if (unit < 0x20 || unit === 0xfffe || unit === 0xffff) return { allowed: false, width: 1 };
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? { allowed: true, width: 2 } : { allowed: false, width: 1 };
  }
  return { allowed: unit < 0xdc00 || unit > 0xdfff, width: 1 };
}

export function hasNonXmlChar(text: string): boolean {
  for (let index = 0; index < text.length;) {
    const { allowed, width } = charAt(text, index);
    if (!allowed) return true;
    index += width;
  }
  return false;
}

/** `text` without the characters XML cannot carry. */
export function withoutNonXmlChars(text: string): string {
  if (!hasNonXmlChar(text)) return text;
  let result = '';
  for (let index = 0; index < text.length;) {
    const { allowed, width } = charAt(text, index);
    if (allowed) result += text.slice(index, index + width);
    index += width;
  }
  return result;
}
