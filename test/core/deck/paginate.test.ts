/** Fitting content to slides: wrapping estimates, clamping and continuation slides. */
import fc from 'fast-check';
import { blockFit, boldWidthEm, footerFit, wrapToWidth, balancedChunks, chunkBy, chunkParagraphs, clampText, displayLength, paginate, paragraphLines, safeCutIndex, wrappedLines, layoutCapacity, type DeckParagraph, type DeckSlide } from '../../../core/deck';

describe('wrappedLines', () => {
  test('wraps at word boundaries', () => {
    expect(wrappedLines('uno dos tres', 7)).toBe(2); // "uno dos" | "tres"
    expect(wrappedLines('uno dos tres', 12)).toBe(1);
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('a\nb', 10)).toBe(2);
  });

  test('breaks a word longer than the line', () => {
    expect(wrappedLines('abcdefghij', 4)).toBe(3);
  });

  test('never fewer lines than the characters need, never more than one per word (words shorter than a line)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 40 }), fc.integer({ min: 8, max: 100 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrappedLines(text, width);
        // Each line holds at most `width` characters plus the space it breaks at.
        expect(lines).toBeGreaterThanOrEqual(Math.ceil((text.length + 1) / (width + 1)));
        expect(lines).toBeLessThanOrEqual(words.length);
      }),
    );
  });
});

describe('clampText', () => {
  test('keeps a text that fits', () => {
    expect(clampText('Canal presencial', 20, 1)).toBe('Canal presencial');
  });

  test('cuts a long text to its lines with an ellipsis', () => {
    const cut = clampText('Comunicaciones radicadas del correo de contacto', 20, 1);
    expect(cut).toBe('Comunicaciones …');
    expect(wrappedLines(cut, 20)).toBe(1);
  });

  test('always fits the lines it is given', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zá]{1,12}$/), { minLength: 1, maxLength: 60 }), fc.integer({ min: 14, max: 60 }), fc.integer({ min: 1, max: 4 }), (words, width, lines) => {
        expect(wrappedLines(clampText(words.join(' '), width, lines), width)).toBeLessThanOrEqual(lines);
      }),
    );
  });
});

describe('chunkBy', () => {
  test('fills chunks up to the capacity', () => {
    expect(chunkBy([1, 2, 3, 4, 5], (n) => n, 5)).toEqual([[1, 2], [3], [4], [5]]);
  });

  test('an item above the capacity gets a chunk of its own', () => {
    expect(chunkBy([1, 9, 1], (n) => n, 5)).toEqual([[1], [9], [1]]);
  });

  test('a capacity per chunk (more room on continuation slides)', () => {
    expect(chunkBy([1, 1, 1, 1, 1], () => 1, (i) => (i === 0 ? 1 : 3))).toEqual([[1], [1, 1, 1], [1]]);
  });
});

const heading = (t: string): DeckParagraph => ({ kind: 'heading', runs: [{ text: t, bold: true }] });
const body = (t: string): DeckParagraph => ({ kind: 'body', runs: [{ text: t, bold: false }] });

describe('chunkParagraphs', () => {
  test('moves a section that does not fit to the next slide whole', () => {
    const a = [heading('A'), body('uno'), body('dos')];
    const b = [heading('B'), body('tres'), body('cuatro')];
    const width = 50;
    const cost = [...a].reduce((n, p) => n + paragraphLines(p, width), 0);
    expect(chunkParagraphs([...a, ...b], width, cost + 1)).toEqual([a, b]);
    expect(chunkParagraphs([...a, ...b], width, 2 * cost)).toEqual([[...a, ...b]]);
  });

  test('splits a section longer than a slide, never leaving its heading last', () => {
    const long = [heading('Largo'), ...Array.from({ length: 10 }, (_, i) => body(`frase ${i}`))];
    const chunks = chunkParagraphs(long, 50, 5);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c[c.length - 1].kind).not.toBe('heading');
    expect(chunks.flat()).toEqual(long);
  });
});

function slide(parts: Partial<DeckSlide>): DeckSlide {
  return { key: 'serviceAnalysis', layout: 'text', title: 'Análisis', subtitle: null, part: 1, parts: 1, cards: [], chart: null, table: null, paragraphs: [], items: [], itemsTitle: null, note: null, footnotes: [], ...parts };
}

describe('paginate', () => {
  test('a slide that fits stays one slide', () => {
    const out = paginate(slide({ paragraphs: [heading('A'), body('uno')], note: 'nota' }), 'es');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ part: 1, parts: 1, title: 'Análisis', note: 'nota' });
  });

  test('long text continues on following slides titled as continuation, the note on the last', () => {
    const sentence = 'El canal presencial tiene un 99,8 % de satisfacción. Califican 1.085 personas de 1.371, es decir el 79 %.';
    const out = paginate(slide({ paragraphs: Array.from({ length: 20 }, () => body(sentence)), note: 'nota' }), 'es');
    expect(out.length).toBeGreaterThan(1);
    expect(out.map((s) => s.title)).toEqual(['Análisis', ...out.slice(1).map(() => 'Análisis (continuación)')]);
    expect(out.map((s) => s.part)).toEqual(out.map((_, i) => i + 1));
    expect(out.every((s) => s.parts === out.length)).toBe(true);
    expect(out.map((s) => s.note)).toEqual([...out.slice(1).map(() => null), 'nota']);
    const cap = layoutCapacity.text;
    for (const s of out) expect(s.paragraphs.reduce((n, p) => n + paragraphLines(p, cap.textChars), 0)).toBeLessThanOrEqual(cap.textLines);
    expect(paginate(slide({ paragraphs: [body(sentence)] }), 'en')[0].title).toBe('Análisis');
  });

  test('English continuation titles', () => {
    const out = paginate(slide({ title: 'Analysis', paragraphs: Array.from({ length: 40 }, () => body('x '.repeat(60))) }), 'en');
    expect(out[1].title).toBe('Analysis (continued)');
  });

  test('the chart stays on the first part; the table header repeats', () => {
    const table = {
      columns: [{ header: 'Hallazgo', width: 1, align: 'left' as const }],
      rows: Array.from({ length: 40 }, (_, i) => [{ text: `fila ${i}`, tone: 'neutral' as const, bold: false }]),
    };
    const chart = { kind: 'column' as const, title: 't', categories: ['a'], series: [{ name: 's', values: [1] }], format: { kind: 'count' as const, decimals: 0 }, dataLabels: true, max: null, legend: false, labels: [['1']] };
    const out = paginate(slide({ layout: 'cardsTable', table, chart, cards: [{ value: '1', label: 'x', detail: [], tone: 'neutral' }] }), 'es');
    expect(out.length).toBeGreaterThan(1);
    expect(out.map((s) => s.chart !== null)).toEqual([true, ...out.slice(1).map(() => false)]);
    expect(out.every((s) => s.table!.columns[0].header === 'Hallazgo')).toBe(true);
    expect(out.flatMap((s) => s.table!.rows)).toEqual(table.rows);
    // Without cards, continuation slides hold more rows than the first.
    expect(out[1].table!.rows.length).toBeGreaterThan(out[0].table!.rows.length);
  });
});

describe('cutting text on character boundaries', () => {
  test('never splits a surrogate pair, a combining sequence, a joined emoji or a flag', () => {
    const cases: [string, number][] = [
      ['ab😀cd', 3], // inside the surrogate pair of 😀
      ['cafe\u0301s', 4], // before the combining acute accent of é
      ['x👩‍💻y', 4], // inside woman + ZWJ + laptop
      ['🇨🇴🇨🇴', 2], // between the two regional indicators of a flag (after one code point)
      ['👍🏽ok', 2], // before the skin-tone modifier
    ];
    for (const [text, at] of cases) {
      const i = safeCutIndex(text, at);
      expect(i).toBeLessThanOrEqual(at);
      const head = text.slice(0, i);
      // The head is well formed (no lone surrogate) and the rest starts on a character of its own.
      expect(() => encodeURIComponent(head)).not.toThrow();
      expect(/^[\p{M}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]/u.test(text.slice(i))).toBe(false);
    }
    expect(safeCutIndex('cafe\u0301s', 4)).toBe(3);
    expect(safeCutIndex('🇨🇴🇨🇴', 2)).toBe(0);
    expect(safeCutIndex('🇨🇴🇨🇴', 6)).toBe(4);
    expect(safeCutIndex('abc', 2)).toBe(2);
  });

  test('clampText of any text yields well-formed text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), fc.integer({ min: 3, max: 20 }), (text, width) => {
        const out = clampText(text.replace(/\s+/g, ''), width, 1);
        // encodeURIComponent throws on a lone surrogate.
        expect(() => encodeURIComponent(out)).not.toThrow();
        expect(/^\p{M}/u.test(out)).toBe(false);
      }),
    );
  });

  test('displayLength counts what a reader sees', () => {
    expect(displayLength('cafe\u0301')).toBe(4);
    expect(displayLength('😀')).toBe(1);
  });
});

describe('balanced continuation', () => {
  test('points split evenly: 15 by 14 gives 8 and 7, not 14 and 1', () => {
    expect(balancedChunks(Array.from({ length: 15 }, (_, i) => i), 14).map((c) => c.length)).toEqual([8, 7]);
    expect(balancedChunks([1, 2, 3], 14)).toEqual([[1, 2, 3]]);
  });

  test('five cards on a four-card layout: three and two, never a lone card', () => {
    const cards = Array.from({ length: 5 }, (_, i) => ({ value: String(i), label: 'x', detail: [], tone: 'neutral' as const }));
    const out = paginate(slide({ layout: 'cardsRow', cards }), 'es');
    expect(out.map((s) => s.cards.length)).toEqual([3, 2]);
  });

  test('text one line too long for a slide does not leave a lone line on the next', () => {
    const line = 'palabra '.repeat(11).trim();
    const out = paginate(slide({ paragraphs: Array.from({ length: 15 }, () => body(line)) }), 'es');
    expect(out).toHaveLength(2);
    expect(Math.abs(out[0].paragraphs.length - out[1].paragraphs.length)).toBeLessThanOrEqual(1);
  });
});

describe('the cover and closing names in full (blockFit, footerFit)', () => {
  const mintic = 'Ministerio de Tecnologías de la Información y las Comunicaciones';
  const group = 'Grupo Interno de Trabajo de Fortalecimiento de las Relaciones con los Grupos de Interés';

  test('wrapToWidth keeps every word, whole, within the width', () => {
    const lines = wrapToWidth(group, 5, 18);
    expect(lines.join(' ')).toBe(group);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect((boldWidthEm(l) * 18) / 72).toBeLessThanOrEqual(5);
  });

  test('short names keep their size; long ones wrap and shrink until they fit the box', () => {
    expect(blockFit([{ text: 'ANM', size: 18 }, { text: 'GAPCC', size: 18 }], 11.5, 2).scale).toBe(1);
    // The closing slide's box holds them wrapped at full size; the cover's smaller box shrinks them.
    const closing = blockFit([{ text: mintic, size: 32 }, { text: group, size: 18 }], 11.5, 3.6, 12);
    expect(closing.scale).toBe(1);
    expect(closing.lines[0].length).toBeGreaterThan(1);
    const fit = blockFit([{ text: mintic, size: 18 }, { text: group, size: 18 }], 11.5, 0.5, 12);
    expect(fit.scale).toBeLessThan(1);
    expect(fit.lines[0].join(' ')).toBe(mintic);
    expect(fit.lines[1].join(' ')).toBe(group);
    const tall = (18 * fit.lines[0].length + 18 * fit.lines[1].length) * fit.scale * 1.2 / 72;
    expect(tall).toBeLessThanOrEqual(0.5);
  });

  test('a box too small stops at the minimum size rather than cut the name', () => {
    const fit = blockFit([{ text: group, size: 18 }], 2, 0.3, 12);
    expect(fit.scale).toBeCloseTo(12 / 18, 2);
    expect(fit.lines[0].join(' ')).toBe(group);
  });

  test('the footer stays on one line: smaller, else without the group', () => {
    const short = footerFit({ entity: 'ANM', group: 'GAPCC', title: 'Informe de Servicio y Atención al Usuario', period: 'Febrero 2025' }, 11, 10);
    expect(short).toEqual({ text: 'ANM · GAPCC · Informe de Servicio y Atención al Usuario · Febrero 2025', size: 10 });
    const long = footerFit({ entity: 'MinTIC', group, title: 'Informe de Servicio y Atención al Usuario', period: 'Septiembre 2025' }, 11, 10);
    expect((boldWidthEm(long.text) * long.size) / 72).toBeLessThanOrEqual(11);
    expect(long.text.endsWith('Septiembre 2025')).toBe(true);
    expect(long.size).toBeGreaterThanOrEqual(8);
  });
});
