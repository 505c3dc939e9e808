/**
 * The real-world cases (test/fixtures/cases, copied from ../shared/cases; README.md there says what
 * each must give), run through the real command `todo` as a user runs it: the right figure, or the
 * finding at its cell; never an internal error, a stack trace or a hang.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'cuentas-claras.js');
const cases = path.join(root, 'test', 'fixtures', 'cases');

interface Indicator { id: string; month: string; channel: string; breakdown: string | null; value: number }
interface Finding { code: string; sheet: string | null; cell: string | null; message: string }

interface Run {
  code: number | null;
  stderr: string;
  out: string;
  files: string[];
  months: string[];
  indicators: Indicator[];
  findings: Finding[];
}

function todo(name: string): Run {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-case-'));
  const r = spawnSync(process.execPath, [bin, 'todo', path.join(cases, name), '--out', out, '--fecha-corte', '2025-03-31'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CUENTAS_CLARAS_DEBUG: '' },
  });
  const files = fs.readdirSync(out);
  const json = (what: string) => {
    const f = files.find((x) => x.endsWith(`-${what}.json`));
    return f ? JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')) : null;
  };
  return {
    code: r.status,
    stderr: r.stderr ?? '',
    out,
    files,
    months: json('indicadores')?.months ?? [],
    indicators: json('indicadores')?.indicators ?? [],
    findings: json('hallazgos')?.findings ?? [],
  };
}

const value = (r: Run, id: string, month: string, channel: string) => r.indicators.find((v) => v.id === id && v.month === month && v.channel === channel && v.breakdown === null)?.value;
const cellsOf = (r: Run, code: string) => r.findings.filter((f) => f.sheet === 'Canales' && f.code === code).map((f) => f.cell).sort();

function ranCleanly(r: Run) {
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
}

test('every case the cases README lists has its expectation here (other fixtures of the folder are other tests’)', () => {
  const readme = fs.readFileSync(path.join(cases, 'README.md'), 'utf8');
  const listed = [...readme.matchAll(/^\| `([^`]+\.xlsx)` \|/gm)].map((m) => m[1]).sort();
  expect(listed.length).toBeGreaterThanOrEqual(11);
  expect(listed).toEqual(Object.keys(expectations).sort());
});

const expectations: Record<string, (r: Run) => void> = {
  'date-system-1904.xlsx': (r) => {
    ranCleanly(r);
    expect(r.months).toEqual(['2025-01', '2025-02']);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(7730);
  },
  'iso-date-cells.xlsx': (r) => {
    ranCleanly(r);
    expect(r.months).toEqual(['2025-02']);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(7730);
  },
  'percent-mixed-formats.xlsx': (r) => {
    ranCleanly(r);
    expect(['satisfaction', 'perception', 'trust'].map((id) => value(r, id, '2025-02', 'Presencial'))).toEqual([99.8, 98.5, 97.8]);
    expect(cellsOf(r, 'ambiguous-percent')).toEqual([]);
  },
  'formula-without-cached-value.xlsx': (r) => {
    ranCleanly(r);
    expect(cellsOf(r, 'formula-without-result')).toEqual(['C2', 'C3', 'D2', 'D3']);
    expect(r.findings.find((f) => f.cell === 'D2' && f.code === 'formula-without-result')!.message).toContain('abra el libro en Excel o LibreOffice y guárdelo');
    expect(cellsOf(r, 'missing-value')).toEqual([]);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBeUndefined();
    expect(value(r, 'interactions', '2025-02', 'Virtual')).toBe(6217);
  },
  'merged-month-cells.xlsx': (r) => {
    ranCleanly(r);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(7730);
    expect(cellsOf(r, 'missing-value')).toEqual([]);
  },
  'namespace-prefixed-xml.xlsx': (r) => {
    ranCleanly(r);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(7730);
  },
  'rich-text-shared-string.xlsx': (r) => {
    ranCleanly(r);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(7730);
  },
  'validation-on-whole-columns.xlsx': (r) => {
    ranCleanly(r);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(7730);
  },
  'excel-table.xlsx': (r) => {
    ranCleanly(r);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(7730);
    const result = path.join(r.out, r.files.find((f) => f.endsWith('-resultado.xlsx'))!);
    const tables = execFileSync('unzip', ['-Z1', result], { encoding: 'utf8' }).split('\n').filter((e) => /^xl\/tables\/.*\.xml$/.test(e));
    expect(tables.length).toBe(1);
    const xml = execFileSync('unzip', ['-p', result, tables[0]], { encoding: 'utf8' });
    expect(xml).not.toMatch(/headerRowCount="0"/);
  },
  'blank-count-in-one-row.xlsx': (r) => {
    ranCleanly(r);
    expect(cellsOf(r, 'missing-value')).toEqual(['C9']);
    for (const id of ['interactions', 'ytd_interactions', 'month_over_month']) expect([id, value(r, id, '2025-03', 'ANM')]).toEqual([id, undefined]);
    for (const channel of ['Telefónico', 'Presencial', 'Virtual']) expect(value(r, 'channel_share', '2025-03', channel)).toBeUndefined();
    expect(value(r, 'satisfaction', '2025-03', 'Presencial')).toBe(97.9);
    expect(value(r, 'interactions', '2025-02', 'ANM')).toBe(5965);
  },
  'header-variants.xlsx': (r) => {
    ranCleanly(r);
    expect(value(r, 'satisfaction', '2025-02', 'Presencial')).toBe(98.3);
    expect(value(r, 'first_contact_resolution', '2025-02', 'Presencial')).toBeCloseTo((100 * 1002) / 1045, 9);
  },
};

describe.each(Object.keys(expectations).sort())('%s', (name) => {
  test('gives the right figure, or the finding at its cell', () => {
    const r = todo(name);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?/);
    expectations[name](r);
  });
});
