/** The spaces baseline (accountability.md §2): the printed 2021 calendar and a small hand-checked one. */
import { buildSpacesBaseline, readSpaces, spacesBaseline } from '../../../core/accountability';
import type { Finding } from '../../../core/findings';
import type { CellValue, RawWorkbook } from '../../../core/workbook';
import { exampleCutoff, spacesRows } from '../../../examples/data/accountability';

const printed: RawWorkbook = { sheets: [{ name: 'Espacios RdC', values: spacesRows }] };
const at = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => [f.cell, f.suggestion]);

describe('the printed 2021 calendar, OCR damage included', () => {
  const { baseline, findings } = buildSpacesBaseline(printed, exampleCutoff);

  test('holds the 68 rows the scan kept, in the document’s order', () => {
    expect(baseline.total).toBe(68);
    expect(spacesRows[1].slice(2, 6)).toEqual(['Cesar', 'Aguachica', 'Realizada', '26/03/2021']);
    expect(spacesRows[68].slice(2, 6)).toEqual(['Tolima', 'Falan.', null, '20110/2021']);
  });

  test('every malformed date is flagged, with its correction where one exists', () => {
    expect(at(findings, 'invalid-date')).toEqual([
      ['F5', '15/04/2021'],
      ['F6', '15/04/2021'],
      ['F7', '16/04/2021'],
      ['F8', '16/04/2021'],
      ['F9', '16/04/2021'],
      ['F10', '19/04/2021'],
      ['F11', '19/04/2021'],
      ['F22', '18/06/2021'],
      ['F24', '14/07/2021'],
      ['F25', '14/07/2021'],
      ['F28', '03/08/2021'],
      ['F29', '03/08/2021'],
      ['F37', '11/08/2021'],
      ['F39', null], // Ps/08/2021
      ['F44', '11/09/2021'],
      ['F46', null], // 0/09/2021
      ['F47', '10/09/2021'],
      ['F48', '17/09/2021'],
      ['F60', '01/10/2021'], // 111012021: 1/10/2021 is the only reading with two misread slashes
      ['F63', '13/10/2021'], // 131012021: a slash lost; its neighbours (13/10, 14/10) settle 13/10 over 13/01
      ['F64', '14/10/2021'], // 14/1012021
      ['F69', '20/10/2021'], // 20110/2021
    ]);
    expect(findings.find((f) => f.cell === 'F44')!.message).toBe('«1110912021» no es una fecha válida en Espacios RdC!F44.');
  });

  test('every date that reads is left alone', () => {
    const flagged = new Set(findings.filter((f) => f.code === 'invalid-date').map((f) => f.cell));
    const cleanRows = spacesRows.slice(1).map((r, i) => ({ row: i + 2, date: String(r[5]) })).filter((r) => /^\d{1,2}\/\d{2}\/\d{4}$/.test(r.date) && !r.date.startsWith('0/'));
    expect(cleanRows.length).toBeGreaterThan(40);
    expect(cleanRows.filter((r) => flagged.has(`F${r.row}`))).toEqual([]);
  });

  test('WMeta, Narifio, lquira, Gamara are flagged with Meta, Nariño, Íquira, Gamarra', () => {
    expect(at(findings, 'unknown-department')).toEqual([
      ['C25', 'Meta'],
      ['C34', 'Meta'],
      ['C35', 'Meta'],
      ['C44', 'Meta'],
      ['C48', 'Nariño'],
    ]);
    expect(at(findings, 'unknown-municipality')).toEqual([
      ['D3', 'Gamarra'],
      ['D10', 'Agustín Codazzi'],
      ['D25', 'Puerto Concordia'],
      ['D41', 'San Juan del Cesar'],
      ['D49', 'El Paujíl'],
      ['D65', 'Íquira'],
    ]);
    expect(findings.find((f) => f.cell === 'C48')!.message).toBe('«Narifio» no es un departamento de la DIVIPOLA en Espacios RdC!C48.');
  });

  test('no accent-only difference is flagged (Bolivar, Monteria, Inirida, Atlantico, Rio de Oro…)', () => {
    const placeFindings = findings.filter((f) => /^[CD]\d+$/.test(f.cell ?? ''));
    const flaggedRows = new Set(placeFindings.map((f) => Number(f.cell!.slice(1))));
    const accentOnly = spacesRows.slice(1).map((r, i) => ({ row: i + 2, dept: r[2], muni: r[3] }))
      .filter((r) => ['Bolivar', 'Cordoba', 'Guainia', 'Atlantico', 'Boyaca', 'Caqueta'].includes(String(r.dept)) && r.muni !== 'El Pauji');
    expect(accentOnly.length).toBeGreaterThan(15);
    expect(accentOnly.filter((r) => flaggedRows.has(r.row))).toEqual([]);
    expect(spacesRows.some((r) => r[3] === 'Monteria') && spacesRows.some((r) => r[3] === 'Inirida')).toBe(true);
  });

  test('blank departments and statuses are flagged; a blank department gets the one its municipality tells', () => {
    const missing = findings.filter((f) => f.code === 'missing-value');
    expect(missing.filter((f) => f.cell!.startsWith('C')).map((f) => [f.cell, f.suggestion])).toEqual([
      ['C23', 'Boyacá'], // Socota
      ['C24', 'Guaviare'], // San José del Guaviare
    ]);
    const statuses = missing.filter((f) => f.cell!.startsWith('E')).map((f) => f.cell);
    expect(statuses).toHaveLength(21);
    expect(statuses[0]).toBe('E49');
    expect(missing.find((f) => f.cell === 'E49')!.message).toBe('Falta «Estado» en Espacios RdC!E49.');
  });

  test('damaged PDET marks are unknown values, suggested Sí where that is clear', () => {
    const pdet = at(findings, 'unknown-value');
    expect(pdet).toHaveLength(18);
    expect(pdet.filter(([, s]) => s === 'Sí')).toHaveLength(17);
    expect(pdet).toContainEqual(['G37', null]); // "El"
    expect(baseline.pdet).toEqual({ count: 0, share: 0, unreadable: 18 });
  });

  test('the baseline counts what reads', () => {
    expect(baseline.byStatus).toEqual({ Realizada: 47, Programada: 0, Aplazada: 0, Cancelada: 0, 'Sin dato': 21 });
    expect(baseline.byType['Audiencia pública de participación de terceros']).toBe(68);
    expect(baseline.byDepartment).toEqual(expect.objectContaining({ Cesar: 14, Huila: 8, Atlántico: 7, 'La Guajira': 6, 'No reconocido': 5, 'Sin dato': 2 }));
    expect(Object.keys(baseline.byDepartment).slice(-2)).toEqual(['No reconocido', 'Sin dato']);
    expect(baseline.byMonth).toEqual({ '2021-03': 3, '2021-04': 8, '2021-05': 1, '2021-06': 2, '2021-07': 1, '2021-08': 10, '2021-09': 12, '2021-10': 9, 'No reconocido': 22 });
    expect(baseline.compliance).toBe(100);
    expect(baseline.departments).toBe(14);
  });
});

describe('a small hand-checked calendar', () => {
  const header = ['N°', 'Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha', 'PDET', 'Asistentes'];
  const rows: CellValue[][] = [
    [1, 'Audiencia pública de participación de terceros', 'Cesar', 'Valledupar', 'Realizada', '10/09/2021', 'Sí', 40],
    [2, 'Audiencia pública de participación de terceros', 'Cesar', 'La Paz', 'Realizada', '20/09/2021', 'Sí', 25],
    [3, 'Evento', 'Huila', 'Neiva', 'Programada', '15/10/2021', 'No', null], // due, not held: conflict
    [4, 'Espacio de diálogo', 'Huila', 'Neiva', 'Programada', '31/10/2021', null, null], // on the cut-off: due, no conflict
    [5, 'ANM Activa la Región', 'Boyacá', 'Sogamoso', 'Programada', '05/11/2021', 'no', null], // upcoming
    [6, 'Audiencia pública de rendición de cuentas', 'Bogotá', 'Bogotá', 'Programada', new Date(Date.UTC(2021, 11, 3)), null, null], // 33 days on: not upcoming
    [7, 'Contacto ciudadano', 'Boyacá', null, 'Cancelada', '01/12/2021', null, null], // no municipality needed
    [8, 'Evento', 'Cesar', 'Valledupar', 'Realizada', '02/11/2021', 'Si', null], // held after the cut-off: conflict
    [9, 'Evento', 'Tolima', null, 'Aplazada', 44470, null, null], // Excel serial 2021-10-01; in person: municipality missing
  ];
  const book: RawWorkbook = { sheets: [{ name: 'espacios rdc', values: [header, ...rows] }] };
  const anm = { entityShort: 'ANM' }; // ANM's own programme is a type of ANM only
  const { baseline, findings } = buildSpacesBaseline(book, '2021-10-31', 'es', anm);

  test('counts by status, type, department and month', () => {
    expect(baseline.total).toBe(9);
    expect(baseline.byStatus).toEqual({ Realizada: 3, Programada: 4, Aplazada: 1, Cancelada: 1 });
    expect(baseline.byType).toEqual({
      'Audiencia pública de rendición de cuentas': 1,
      'Audiencia pública de participación de terceros': 2,
      Evento: 3,
      'Espacio de diálogo': 1,
      'Espacio de publicación de información': 0,
      'Contacto ciudadano': 1,
      'ANM Activa la Región': 1,
    });
    expect(Object.entries(baseline.byDepartment)).toEqual([['Cesar', 3], ['Boyacá', 2], ['Huila', 2], ['Bogotá, D.C.', 1], ['Tolima', 1]]);
    expect(baseline.byMonth).toEqual({ '2021-09': 2, '2021-10': 3, '2021-11': 2, '2021-12': 2 });
  });

  test('cumplimiento = realizadas by the cut-off / (those + programadas up to the cut-off) = 2 / 4: a Realizada dated after the cut-off is not held at it', () => {
    expect(baseline.held).toBe(2);
    expect(baseline.heldAfterCutoff).toBe(1);
    expect(baseline.scheduledDue).toBe(2);
    expect(baseline.compliance).toBeCloseTo(50, 10);
  });

  test('PDET count and share of all spaces; municipalities and departments reached', () => {
    expect(baseline.pdet).toEqual({ count: 3, share: (3 / 9) * 100, unreadable: 0 });
    expect(baseline.municipalities).toBe(5); // Valledupar, La Paz, Neiva, Sogamoso, Bogotá
    expect(baseline.departments).toBe(5);
    expect(baseline.withoutMunicipality).toBe(2); // Boyacá and Tolima rows with no municipality: in departments, not in municipalities
  });

  test('upcoming: programadas within 30 days after the cut-off', () => {
    expect(baseline.upcoming).toEqual([
      { date: '2021-11-05', type: 'ANM Activa la Región', department: 'Boyacá', municipality: 'Sogamoso', sheet: 'espacios rdc', cell: 'F6' },
    ]);
  });

  test('status-date conflicts: held after the cut-off, scheduled before it (not on it)', () => {
    expect(findings.filter((f) => f.code === 'status-date-conflict').map((f) => [f.cell, f.message])).toEqual([
      ['E4', 'El espacio de espacios rdc!E4 está «Programada» con fecha 15/10/2021 y corte 31/10/2021. Marcada Programada con fecha anterior al corte: ¿se realizó, se aplazó o se canceló?'],
      [
        'E9',
        'El espacio de espacios rdc!E9 está «Realizada» con fecha 02/11/2021 y corte 31/10/2021. Marcada Realizada con fecha posterior al corte: no se cuenta como realizada al corte ni en el cumplimiento.',
      ],
    ]);
  });

  test('a municipality is required for in-person spaces only', () => {
    expect(findings.filter((f) => f.code === 'missing-value').map((f) => f.cell)).toEqual(['D10']);
  });

  test('nothing else is reported', () => {
    expect(findings.map((f) => f.code).sort()).toEqual(['missing-value', 'status-date-conflict', 'status-date-conflict']);
  });

  test('a later cut-off moves the counts', () => {
    const later = spacesBaseline(readSpaces(book, '2021-11-30', 'es', anm).spaces, '2021-11-30', undefined, anm);
    expect(later.scheduledDue).toBe(3);
    expect([later.held, later.heldAfterCutoff]).toEqual([3, 0]); // by 30/11 the 02/11 space was held
    expect(later.upcoming.map((u) => u.date)).toEqual(['2021-12-03']);
  });
});

describe('reading problems', () => {
  test('a phonetic slip gets the name meant; a common short name unique in its department is the municipality', () => {
    const book: RawWorkbook = {
      sheets: [
        {
          name: 'Espacios RdC',
          values: [
            ['Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'],
            ['Foro', 'Bolívar', 'Cartajena', 'Realizada', '10/03/2026'],
            ['Foro', 'Nariño', 'Tumaco', 'Realizada', '11/03/2026'],
          ],
        },
      ],
    };
    const { baseline, findings } = buildSpacesBaseline(book, '2026-07-31');
    expect(at(findings, 'unknown-municipality')).toEqual([['C2', 'Cartagena de Indias']]);
    expect(baseline.municipalities).toBe(1); // San Andrés de Tumaco
    expect(baseline.withoutMunicipality).toBe(1);
  });

  test('a municipality in another department is flagged, saying where the name exists', () => {
    const { findings } = buildSpacesBaseline({ sheets: [{ name: 'Espacios RdC', values: [
      ['Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'],
      ['Evento', 'Cesar', 'Monteria', 'Realizada', '01/02/2021'],
    ] }] }, '2021-12-31');
    expect(findings).toEqual([expect.objectContaining({ code: 'unknown-municipality', cell: 'C2', suggestion: null })]);
    expect(findings[0].message).toBe('«Monteria» no es un municipio de Cesar en la DIVIPOLA (Espacios RdC!C2). Ese nombre existe en Córdoba.');
  });

  test('unknown statuses and types are unknown values with the closest allowed one', () => {
    const { findings, baseline } = buildSpacesBaseline({ sheets: [{ name: 'Espacios RdC', values: [
      ['Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'],
      ['Eventos', 'Cesar', 'Valledupar', 'Realisada', '01/02/2021'],
    ] }] }, '2021-12-31');
    expect(findings.map((f) => [f.code, f.cell, f.suggestion])).toEqual([
      ['unknown-value', 'A2', 'Evento'],
      ['unknown-value', 'D2', 'Realizada'],
    ]);
    expect(baseline.byStatus['No reconocido']).toBe(1);
    expect(baseline.byType['No reconocido']).toBe(1);
  });

  test('a missing sheet is missing-sheet; a missing column is missing-column', () => {
    const none = buildSpacesBaseline({ sheets: [] }, '2021-12-31');
    expect(none.sheetName).toBeNull();
    expect(none.findings).toEqual([expect.objectContaining({ code: 'missing-sheet', severity: 'error' })]);
    const noType = buildSpacesBaseline({ sheets: [{ name: 'Espacios RdC', values: [['Departamento', 'Municipio', 'Estado', 'Fecha'], ['Cesar', 'Valledupar', 'Realizada', '01/02/2021']] }] }, '2021-12-31');
    expect(noType.findings.map((f) => f.code)).toEqual(['missing-column']);
    expect(noType.baseline.total).toBe(1);
    expect(noType.baseline.municipalities).toBe(1);
  });

  test('a malformed cut-off is a host bug, not a finding', () => {
    expect(() => buildSpacesBaseline(printed, '31/10/2021')).toThrow(/YYYY-MM-DD/);
  });
});

describe('Tipo de espacio follows the entity (issue 10: nothing says ANM unless the workbook does)', () => {
  const header = ['Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'];
  const typed = (...types: string[]): RawWorkbook => ({ sheets: [{ name: 'Espacios RdC', values: [header, ...types.map((t) => [t, 'Cundinamarca', 'Soacha', 'Realizada', '01/03/2025'])] }] });
  const invias = { entity: 'Instituto Nacional de Vías', entityShort: 'INVÍAS' };

  test('DAFP forms (MURC) are accepted for any entity: audiencia pública, foro, feria de servicio, mesa de diálogo, encuentro ciudadano', () => {
    const { baseline, findings } = buildSpacesBaseline(typed('Audiencia pública', 'Foro', 'Feria de servicio', 'Feria de la transparencia', 'Mesa de diálogo', 'mesa de trabajo', 'Diálogo ciudadano'), '2025-03-31', 'es', invias);
    expect(findings).toEqual([]);
    expect(baseline.byType).toMatchObject({ 'Audiencia pública de rendición de cuentas': 1, Foro: 1, 'Feria de servicio': 2, 'Mesa de diálogo': 2, 'Encuentro ciudadano': 1 });
    expect(baseline.byType).not.toHaveProperty('ANM Activa la Región');
  });

  test('ANM Activa la Región is not a type of another entity (nor of an unnamed one), and is not offered in the message', () => {
    for (const context of [invias, {}]) {
      const { findings } = buildSpacesBaseline(typed('ANM Activa la Región'), '2025-03-31', 'es', context);
      expect(findings.map((f) => f.code)).toEqual(['unknown-value']);
      expect(findings[0].message).not.toMatch(/permitidos:.*ANM/);
      expect(findings[0].message).toContain('Feria de servicio');
    }
    expect(buildSpacesBaseline(typed('ANM Activa la Región'), '2025-03-31', 'es', { entity: 'Agencia Nacional de Minería' }).findings).toEqual([]);
  });

  test('an entity adds its own types (Configuración: Tipos de espacio adicionales), matched like every text', () => {
    const own = { ...invias, extraTypes: ['Caravana vial', 'Café con el director'] };
    const { baseline, findings } = buildSpacesBaseline(typed('caravana VIAL', 'Cafe con el director', 'Recorrido'), '2025-03-31', 'es', own);
    expect(findings.map((f) => f.code)).toEqual(['unknown-value']);
    expect(findings[0].message).toContain('Caravana vial');
    expect(baseline.byType).toMatchObject({ 'Caravana vial': 1, 'Café con el director': 1 });
  });
});
