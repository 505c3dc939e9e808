/** Text matching shared by every reader: names compare case-, accent- and space-insensitively. */

/** Lower case, no accents, single inner spaces, trimmed (`" Satisfacción "` → `"satisfaccion"`). */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Like normalizeName, and punctuation also ignored (`"BOGOTÁ. D.C."` → `"bogota dc"`). */
export function normalizeLoose(text: string): string {
  return normalizeName(text.replace(/[.,;:'"´`()\-_/]+/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein edit distance. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * The closest candidate to `text` by accent-insensitive edit distance, or undefined when none is
 * close enough (at most a third of the longer name, and at least one character).
 */
export function closest(text: string, candidates: readonly string[], normalize: (s: string) => string = normalizeName): string | undefined {
  const t = normalize(text);
  if (!t) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(t, normalize(c));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(t.length, normalize(best).length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** True when a user's text would be taken as a formula by a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
