/** checks.md, "What the February 2025 example must raise": exactly those findings, and on a clean workbook none. */
import { accountabilitySheets } from '../../../core/accountability';
import { pqrsdSheets } from '../../../core/pqrsd';
import fs from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../../core/checks';
import { runChecks } from '../../../core/actions/checks';
import { defaultActionOptions } from '../../../core/actions';
import { exampleServiceWorkbook } from '../../fixtures/example';
import { cleanWorkbook, workedExample, workedExampleFindings } from './fixtures';

const summary = (fs: readonly { code: string; severity: string; sheet: string | null; cell: string | null }[]) =>
  fs.map((f) => `${f.code}|${f.severity}|${f.sheet}|${f.cell}`).sort();

describe('the February 2025 worked example', () => {
  test('raises exactly the findings of checks.md, with their severities and cells', () => {
    const { findings } = checkWorkbook(workedExample());
    expect(summary(findings)).toEqual(summary(workedExampleFindings));
  });

  test('the findings name the figures involved', () => {
    const { findings } = checkWorkbook(workedExample());
    const at = (cell: string) => findings.find((f) => f.cell === cell)!;
    expect(at('E13').message).toBe('La cifra publicada de Participación por tipo de punto (78 %) no coincide con la calculada (82,2 %) para Presencial – Sede Central, 2025-02.');
    expect(at('E13')).toMatchObject({ expected: 82.2, actual: 78 });
    expect(at('E9').message).toContain('(97,7 %)');
    expect(at('E9').message).toContain('(97,76 %)');
    expect(at('E10').message).toContain('98,67 %');
    expect(at('E10').message).toContain('98,63 %');
    expect(at('E14')).toMatchObject({ expected: 97.8, actual: 97 });
    expect(at('D2:D4').message).toBe('Tipos de interacción cubre 92 de las 142 interacciones (64,8 %) de Telefónico, 2025-02.');
    expect(at('C5').message).toBe('Las interacciones de Telefónico cambiaron −73,8 % en 2025-02 frente a 2025-01 (542 → 142).');
    expect(at('C6').message).toContain('+61,9 %');
  });

  test('every other published figure was compared and found consistent', () => {
    const { published } = checkWorkbook(workedExample());
    expect(published).toEqual({ checked: 23, unverified: [] });
  });

  test('the example data of examples/ raises the same findings', () => {
    const { findings } = checkWorkbook(exampleServiceWorkbook());
    const codes = findings.map((f) => `${f.code}|${f.severity}`).sort();
    expect(codes).toEqual(workedExampleFindings.map((f) => `${f.code}|${f.severity}`).sort());
  });

  const example = path.join(__dirname, '..', '..', '..', 'examples', 'ejemplo-anm-2025.xlsx');
  (fs.existsSync(example) ? test : test.skip)('examples/ejemplo-anm-2025.xlsx, read as the CLI reads it, raises the same findings', async () => {
    const { readWorkbookFile } = await import('../../../cli/xlsx');
    const book = await readWorkbookFile(example);
    const result = runChecks(book.raw, defaultActionOptions);
    // The example also carries the accountability sheets (issue 4), whose printed calendar is damaged on
    // purpose, and the PQRSD sheets (issue 13), with a few planted data problems.
    const accountability = new Set([...accountabilitySheets, ...pqrsdSheets].map((s) => s.name.es));
    const service = result.findings.filter((f) => !f.sheet || !accountability.has(f.sheet));
    expect(result.findings.length).toBeGreaterThan(service.length);
    const codes = service.map((f) => `${f.code}|${f.severity}`).sort();
    expect(codes).toEqual(workedExampleFindings.map((f) => `${f.code}|${f.severity}`).sort());
  });
});

describe('a clean multi-month workbook', () => {
  test('with every service sheet and the raw log raises nothing', () => {
    const wb = cleanWorkbook(6);
    const report = checkWorkbook(wb);
    expect(report.findings).toEqual([]);
    // The published sheet was really compared, and the log really was compared with Canales.
    expect(report.published!.checked).toBeGreaterThan(40);
    expect(report.published!.unverified).toEqual([]);
    expect(report.context.inputs.logAggregates).toHaveLength(6);
  });
});
