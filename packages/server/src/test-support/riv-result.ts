/** A RIV-TA response's result (resultCode, errorId, resultText), read from the SOAP answer. */
export interface RivAnswer {
  resultCode: string;
  errorId?: string;
  resultText?: string;
}

export function resultOf(body: string): RivAnswer {
  const pick = (tag: string) => new RegExp(`<(?:\\w+:)?${tag}>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(body)?.[1];
  const resultCode = pick('resultCode');
  if (resultCode === undefined) throw new Error(`No resultCode in ${body.slice(0, 500)}`);
  const errorId = pick('errorId');
  const resultText = pick('resultText');
  return { resultCode, ...(errorId ? { errorId } : {}), ...(resultText ? { resultText } : {}) };
}
