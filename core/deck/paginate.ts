/** Fitting content to slides: line estimates and continuation slides, so no text overflows its box. */
import type { Locale } from '../i18n';
import { layoutCapacity, paragraphGap, rowPadding, type DeckParagraph, type DeckSlide, type DeckTable } from './plan';

/**
 * Where a text may be cut without splitting a character: never inside a UTF-16 surrogate pair, nor
 * before a combining mark, a variation selector, an emoji modifier, a zero-width joiner or the
 * character a joiner joins, nor between the two regional indicators of a flag. Returns the largest
 * safe index ≤ `at`.
 */
export function safeCutIndex(text: string, at: number): number {
  let i = Math.max(0, Math.min(text.length, at));
  const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  const joins = (idx: number) => {
    const cp = text.codePointAt(idx);
    if (cp === undefined) return false;
    return /\p{M}/u.test(String.fromCodePoint(cp)) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f);
  };
  const regional = (idx: number) => {
    const cp = text.codePointAt(idx);
    return cp !== undefined && cp >= 0x1f1e6 && cp <= 0x1f1ff;
  };
  for (;;) {
    if (i <= 0 || i >= text.length) return Math.max(0, i);
    if (isLow(text.charCodeAt(i))) {
      i--;
      continue;
    }
    if (joins(i)) {
      i--;
      continue;
    }
    // After a joiner, the next character belongs to the same emoji.
    if (i >= 1 && text.charCodeAt(i - 1) === 0x200d) {
      i--;
      continue;
    }
    if (regional(i)) {
      // Count the regional indicators before i: an odd count means i splits a flag.
      let n = 0;
      for (let j = i - 2; j >= 0 && regional(j); j -= 2) n++;
      if (n % 2 === 1) {
        i -= 2;
        continue;
      }
    }
    return i;
  }
}

/** The characters a reader sees: combining marks, joiners and selectors take no width of their own. */
export function displayLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
    n++;
  }
  return n;
}

/**
 * Width of a bold text in ems, by character class, each class at the widest of its characters in
 * DejaVu Sans Bold (the wide font LibreOffice falls back to for Calibri; narrower fonts fit in
 * less): narrow punctuation and i/l 0.46, f/r/t/space/dash 0.5, other lowercase and digits 0.72,
 * capitals 0.85, m/w/M/W/%/@ 1.1. An upper bound, so a text sized by it is never wrapped.
 */
export function boldWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    if (/[iljíìïIJÍ.,:;'’!|()[\]·]/.test(ch)) em += 0.46;
    else if (/[frt \-–/\\]/.test(ch)) em += 0.5;
    else if (/[mwMW%@—]/.test(ch)) em += 1.1;
    else if (/\p{Lu}/u.test(ch)) em += 0.85;
    else em += 0.72;
  }
  return em;
}

/** The largest size (points) up to `max`, at least `min`, at which `text` fits `width` inches on one line, bold. */
export function fittingSize(text: string, width: number, max: number, min = 12): number {
  return Math.max(min, Math.min(max, Math.floor((width * 72) / Math.max(0.5, boldWidthEm(text)))));
}

/**
 * Lines `text` takes wrapped on whole words to `width` inches at `size` points, bold (boldWidthEm,
 * an upper bound: the renderer's own wrapping never needs more). A word wider than the line keeps
 * a line of its own.
 */
export function wrapToWidth(text: string, width: number, size: number): string[] {
  const maxEm = (width * 72) / size;
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out[out.length - 1];
    if (last !== undefined && boldWidthEm(`${last} ${word}`) <= maxEm) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length ? out : [''];
}

/**
 * The scale (≤ 1) at which a block of paragraphs, each at its own size (points) times the scale,
 * wrapped on whole words to `width` inches, fits `height` inches at 1.2 line spacing, and no word
 * is wider than the line: the cover's and closing slide's entity and group, shown in full however
 * long the configured name. Never below `minSize` points for the smallest paragraph (then the
 * block may overflow, as a last resort, rather than cut the name). Returns the scale and the lines.
 */
export function blockFit(paragraphs: readonly { text: string; size: number }[], width: number, height: number, minSize = 10): { scale: number; lines: string[][] } {
  const smallest = Math.min(...paragraphs.map((p) => p.size));
  const floor = Math.min(1, minSize / smallest);
  let scale = 1;
  for (;;) {
    const lines = paragraphs.map((p) => wrapToWidth(p.text, width, p.size * scale));
    const tall = paragraphs.reduce((a, p, i) => a + (lines[i].length * p.size * scale * 1.2) / 72, 0);
    const wide = paragraphs.some((p, i) => lines[i].some((l) => (boldWidthEm(l) * p.size * scale) / 72 > width));
    if ((tall <= height && !wide) || scale <= floor) return { scale, lines };
    scale = Math.max(floor, Math.round((scale - 0.05) * 100) / 100);
  }
}

/**
 * The content slides' footer on one line of `width` inches: `entity · group · title · period`,
 * at the largest size up to `max` points that fits, down to `min`; when even that is too long, the
 * group's name is left out (the cover and closing slides carry it in full).
 */
export function footerFit(parts: { entity: string | null; group: string | null; title: string; period: string | null }, width: number, max: number, min = 8): { text: string; size: number } {
  const join = (xs: (string | null)[]) => xs.filter(Boolean).join(' · ');
  const full = join([parts.entity, parts.group, parts.title, parts.period]);
  const fits = (t: string, size: number) => (boldWidthEm(t) * size) / 72 <= width;
  const size = fittingSize(full, width, max, min);
  if (fits(full, size)) return { text: full, size };
  const short = join([parts.entity, parts.title, parts.period]);
  return { text: short, size: fittingSize(short, width, max, min) };
}

/** Smallest size a card's figure or word takes rather than be broken. */
export const minCardValueSize = 9;

/**
 * A card's big value sized so that no word is ever broken: one line at the largest size up to
 * `max` that fits `width` inches; a value of several words too long for one line at 12 pt goes on
 * two lines (split where the longer line is shortest), each fitting, within the one-line height of
 * `max`; a single long word shrinks down to `minCardValueSize`. Returns the size and the lines.
 */
export function cardValueFit(value: string, width: number, max: number): { size: number; lines: string[] } {
  const widthPt = width * 72;
  const one = Math.min(max, Math.floor(widthPt / Math.max(0.5, boldWidthEm(value))));
  const words = value.split(/\s+/).filter(Boolean);
  if (one >= 12 || words.length < 2) return { size: Math.max(minCardValueSize, one), lines: [value] };
  let best: string[] = [value];
  let bestEm = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const em = Math.max(...lines.map(boldWidthEm));
    if (em < bestEm) {
      best = lines;
      bestEm = em;
    }
  }
  // Two lines at 1.2 line spacing within the box of one line of `max` at 1.25.
  const byHeight = Math.floor((max * 1.25) / (2 * 1.2));
  return { size: Math.max(minCardValueSize, Math.min(byHeight, Math.floor(widthPt / bestEm))), lines: best };
}

/** Lines a text takes when wrapped at word boundaries to `width` characters (a long word is cut). */
export function wrappedLines(text: string, width: number): number {
  if (width <= 0) return Infinity;
  let lines = 0;
  for (const hardLine of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of hardLine.split(/\s+/).filter(Boolean)) {
      let w = displayLength(word);
      const need = used === 0 ? w : used + 1 + w;
      if (need <= width) {
        used = need;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the line is broken across lines.
      while (w > width) {
        lines++;
        w -= width;
      }
      used = w;
    }
  }
  return lines;
}

/** Lines a paragraph takes (headings and notes wrap like body text), plus the gap after it. */
export function paragraphLines(p: DeckParagraph, width: number): number {
  const text = p.runs.map((r) => r.text).join('');
  // Body paragraphs are bulleted: the bullet's indent takes a few characters.
  const indent = p.kind === 'body' ? 3 : 0;
  return wrappedLines(text, width - indent) + paragraphGap;
}

/** Lines a table row takes: its tallest cell, each column wrapped to its share of the width. */
export function rowLines(table: DeckTable, row: number, tableChars: number): number {
  let tallest = 1;
  table.rows[row].forEach((cell, c) => {
    // Two characters per cell go to its margins.
    const width = Math.max(1, Math.floor(table.columns[c].width * tableChars) - 2);
    tallest = Math.max(tallest, wrappedLines(cell.text, width));
  });
  return tallest + rowPadding;
}

/** Cuts a text to at most `lines` wrapped lines of `width` characters, ending with `…` when cut. */
export function clampText(text: string, width: number, lines: number): string {
  if (wrappedLines(text, width) <= lines) return text;
  const words = text.split(/\s+/);
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (wrappedLines(`${next} …`, width) > lines) break;
    kept = next;
  }
  return `${kept || text.slice(0, cutAtLeastOne(text, width - 2))} …`;
}

/** A safe cut at or before `at`, but never before the end of the first whole character. */
function cutAtLeastOne(text: string, at: number): number {
  const cut = safeCutIndex(text, at);
  if (cut > 0) return cut;
  let i = 1;
  while (i < text.length && safeCutIndex(text, i) !== i) i++;
  return i;
}

/** Splits items into the fewest chunks of at most `size`, as even as possible (no near-empty last chunk). */
export function balancedChunks<T>(items: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.ceil(items.length / size));
  const out: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const take = Math.ceil((items.length - start) / (n - i));
    out.push(items.slice(start, start + take));
    start += take;
  }
  return out.filter((c) => c.length);
}

/**
 * Like chunkBy, but with as many chunks as greedy filling needs and their costs evened out, so a
 * continuation slide never carries a lone line.
 */
export function balancedChunkBy<T>(items: readonly T[], cost: (item: T, index: number) => number, capacity: number | ((chunk: number) => number)): T[][] {
  const greedy = chunkBy(items, cost, capacity);
  if (greedy.length <= 1 || typeof capacity !== 'number') return greedy;
  const total = items.reduce((a, item, i) => a + cost(item, i), 0);
  // Lower the capacity towards the even share while the chunk count stays the same.
  let best = greedy;
  for (let c = total / greedy.length; c < capacity; c += Math.max(0.5, capacity / 40)) {
    const attempt = chunkBy(items, cost, c);
    if (attempt.length === greedy.length && attempt.every((chunk) => chunk.reduce((a, item) => a + cost(item, items.indexOf(item)), 0) <= capacity)) {
      best = attempt;
      break;
    }
  }
  return best;
}

/**
 * Splits items into consecutive chunks whose cost stays within the capacity (a number, or one per
 * chunk index); an item costlier than that gets a chunk alone.
 */
export function chunkBy<T>(items: readonly T[], cost: (item: T, index: number) => number, capacity: number | ((chunk: number) => number)): T[][] {
  const capacityOf = typeof capacity === 'number' ? () => capacity : capacity;
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  items.forEach((item, i) => {
    const c = cost(item, i);
    if (current.length && used + c > capacityOf(chunks.length)) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  });
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * Splits paragraphs into slides of at most `capacity` lines, keeping each section (a heading and
 * the paragraphs up to the next heading) whole when it fits on a slide of its own, and never
 * leaving a heading last on a slide.
 */
export function chunkParagraphs(paragraphs: readonly DeckParagraph[], width: number, capacity: number): DeckParagraph[][] {
  const sections: DeckParagraph[][] = [];
  for (const p of paragraphs) {
    if (p.kind === 'heading' || !sections.length) sections.push([]);
    sections[sections.length - 1].push(p);
  }
  const cost = (p: DeckParagraph) => paragraphLines(p, width);
  const chunks: DeckParagraph[][] = [];
  let current: DeckParagraph[] = [];
  let used = 0;
  const flush = () => {
    if (current.length) chunks.push(current);
    current = [];
    used = 0;
  };
  for (const section of sections) {
    const total = section.reduce((a, p) => a + cost(p), 0);
    if (used + total <= capacity) {
      current.push(...section);
      used += total;
      continue;
    }
    if (total <= capacity) {
      flush();
      current.push(...section);
      used = total;
      continue;
    }
    // Longer than a slide: fill paragraph by paragraph, a heading only with the paragraph after it.
    section.forEach((p, i) => {
      const next = p.kind === 'heading' && section[i + 1] ? cost(section[i + 1]) : 0;
      if (current.length && used + cost(p) + next > capacity) flush();
      current.push(p);
      used += cost(p);
    });
  }
  flush();
  return chunks;
}

/** chunkParagraphs with the lines evened out across the same number of slides (no lone line on the last). */
export function balancedParagraphs(paragraphs: readonly DeckParagraph[], width: number, capacity: number): DeckParagraph[][] {
  const greedy = chunkParagraphs(paragraphs, width, capacity);
  if (greedy.length <= 1) return greedy;
  const total = paragraphs.reduce((a, p) => a + paragraphLines(p, width), 0);
  for (let c = Math.ceil(total / greedy.length); c < capacity; c++) {
    const attempt = chunkParagraphs(paragraphs, width, c);
    if (attempt.length === greedy.length) return attempt;
  }
  return greedy;
}

const continued: Record<Locale, string> = { es: 'continuación', en: 'continued' };

/**
 * Splits a slide whose cards, table rows, paragraphs or items exceed its layout's capacity into
 * continuation slides. The chart stays on the first part; the table header repeats; the note
 * goes on the last part.
 */
export function paginate(slide: DeckSlide, locale: Locale): DeckSlide[] {
  // The cover's and closing slide's names are fitted by size (blockFit), never split.
  if (slide.layout === 'cover' || slide.layout === 'closing') return [{ ...slide, part: 1, parts: 1 }];
  const cap = layoutCapacity[slide.layout];
  const cardChunks = cap.cards ? balancedChunks(slide.cards, cap.cards) : [slide.cards];
  const rowIndexes = slide.table ? slide.table.rows.map((_, i) => i) : [];
  // Below the cards on the slides that have them; alone (more room) on the others.
  const tableCapacity = (chunk: number) => (cardChunks[chunk]?.length ? cap.tableLines : cap.tableLinesAlone);
  const rowChunks = slide.table ? chunkBy(rowIndexes, (i) => rowLines(slide.table!, i, cap.tableChars), tableCapacity) : [];
  const paragraphChunks = balancedParagraphs(slide.paragraphs, cap.textChars, cap.textLines);
  // The list's heading takes a line and its gap.
  const listLines = cap.listLines - (slide.itemsTitle ? 1 + paragraphGap : 0);
  const itemChunks = balancedChunkBy(slide.items, (item) => wrappedLines(item, cap.listChars) + paragraphGap, listLines);
  const parts = Math.max(1, cardChunks.length, rowChunks.length, paragraphChunks.length, itemChunks.length);
  if (parts === 1) return [{ ...slide, part: 1, parts: 1 }];
  const out: DeckSlide[] = [];
  for (let i = 0; i < parts; i++) {
    out.push({
      ...slide,
      title: i === 0 ? slide.title : `${slide.title} (${continued[locale]})`,
      part: i + 1,
      parts,
      cards: cardChunks[i] ?? [],
      chart: i === 0 ? slide.chart : null,
      table: slide.table && rowChunks[i] ? { columns: slide.table.columns, rows: rowChunks[i].map((r) => slide.table!.rows[r]) } : null,
      paragraphs: paragraphChunks[i] ?? [],
      items: itemChunks[i] ?? [],
      note: i === parts - 1 ? slide.note : null,
    });
  }
  return out;
}
