/** DIVIPOLA data and matching: exact up to case, accents and punctuation; near misses with the name meant. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  allDepartments,
  matchDepartment,
  matchMunicipality,
  municipalitiesNamed,
  municipalitiesOf,
  properCase,
  type PlaceMatch,
} from '../../../core/accountability';
import { divipolaRows } from '../../../core/accountability/divipola-data';

const root = join(__dirname, '../../..');
const label = (m: PlaceMatch<{ label: string }>) => (m.kind === 'none' ? 'none' : `${m.kind} ${m.place.label}`);
const department = (text: string) => label(matchDepartment(text));
const municipality = (text: string, departmentName: string) => {
  const d = matchDepartment(departmentName);
  if (d.kind !== 'exact') throw new Error(`test setup: ${departmentName}`);
  return label(matchMunicipality(text, d.place.code));
};
const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

describe('the data', () => {
  test('the generated module holds exactly the rows of core/data/divipola.csv (run scripts/gen-divipola.mjs after editing it)', () => {
    const csv = readFileSync(join(root, 'core/data/divipola.csv'), 'utf8').split(/\r?\n/).filter((l) => l.trim());
    expect(divipolaRows.map((r) => r.join(','))).toEqual(csv.slice(1));
  });

  test('the CSV is the shared reference copy (when shared/ is beside the repository), and its source is stated', () => {
    const shared = join(root, '../shared/data/divipola.csv');
    if (existsSync(shared)) expect(readFileSync(join(root, 'core/data/divipola.csv'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
    const readme = readFileSync(join(root, 'core/data/README.md'), 'utf8');
    expect(readme).toMatch(/DANE/);
    expect(readme).toMatch(/Ley 1712 de 2014/);
  });

  test('1.122 places in 33 departments', () => {
    expect(divipolaRows).toHaveLength(1122);
    expect(allDepartments()).toHaveLength(33);
    expect(municipalitiesOf('41').map((m) => m.label)).toContain('Íquira');
  });
});

describe('proper case for people', () => {
  test.each([
    ['NARIÑO', 'Nariño'],
    ['ÍQUIRA', 'Íquira'],
    ['SAN JUAN DEL CESAR', 'San Juan del Cesar'],
    ['LA JAGUA DEL PILAR', 'La Jagua del Pilar'],
    ['EL PAUJÍL', 'El Paujíl'],
    ['BOGOTÁ. D.C.', 'Bogotá, D.C.'],
    ['ARCHIPIÉLAGO DE SAN ANDRÉS. PROVIDENCIA Y SANTA CATALINA', 'Archipiélago de San Andrés, Providencia y Santa Catalina'],
    ['PIENDAMÓ - TUNÍA', 'Piendamó - Tunía'],
  ])('%p → %p', (name, expected) => expect(properCase(name)).toBe(expected));
});

describe('exact matches: case, accents, punctuation and spaces aside', () => {
  test.each([
    ['Bolivar', 'exact Bolívar'],
    ['CORDOBA', 'exact Córdoba'],
    ['Guainia', 'exact Guainía'],
    ['Bogotá', 'exact Bogotá, D.C.'],
    ['BOGOTÁ. D.C.', 'exact Bogotá, D.C.'],
    ['Bogota D.C.', 'exact Bogotá, D.C.'],
    ['Guajira', 'exact La Guajira'],
    ['Valle', 'exact Valle del Cauca'],
  ])('department %p', (text, expected) => expect(department(text)).toBe(expected));

  test.each([
    ['Monteria', 'Córdoba', 'exact Montería'],
    ['Inirida', 'Guainía', 'exact Inírida'],
    ['Campoalegre.', 'Huila', 'exact Campoalegre'],
    ['Iquira', 'Huila', 'exact Íquira'],
    ['Falan.', 'Tolima', 'exact Falan'],
    ['LaPaz', 'Cesar', 'exact La Paz'],
    ['Rio de Oro', 'Cesar', 'exact Río de Oro'],
    ['San José de Ure', 'Córdoba', 'exact San José de Uré'],
    ['Bogotá', 'Bogotá', 'exact Bogotá, D.C.'],
  ])('municipality %p in %p', (text, dept, expected) => expect(municipality(text, dept)).toBe(expected));

  test('every DIVIPOLA place written without accents, in lower case, matches itself in its department', () => {
    const misses = divipolaRows.filter(([dept, code, , name]) => {
      const m = matchMunicipality(stripAccents(name).toLowerCase(), dept);
      return m.kind !== 'exact' || m.place.code !== code;
    });
    expect(misses).toEqual([]);
  });
});

describe('near misses get the DIVIPOLA name meant, in proper case', () => {
  test.each([
    ['WMeta', 'near Meta'],
    ['Narifio', 'near Nariño'],
    ['Antioqia', 'near Antioquia'],
    ['Norte Santander', 'near Norte de Santander'],
  ])('department %p', (text, expected) => expect(department(text)).toBe(expected));

  test.each([
    ['Gamara', 'Cesar', 'near Gamarra'],
    ['lquira', 'Huila', 'near Íquira'],
    ['Codazzi', 'Cesar', 'near Agustín Codazzi'],
    ['Pto Concordia', 'Meta', 'near Puerto Concordia'],
    ['El Pauji', 'Caquetá', 'near El Paujíl'],
    ['Municipio de Campoalegre', 'Huila', 'near Campoalegre'],
  ])('municipality %p in %p', (text, dept, expected) => expect(municipality(text, dept)).toBe(expected));

  test('the reason says how the name was found', () => {
    expect(matchMunicipality('Pto Concordia', '50')).toEqual(expect.objectContaining({ reason: 'abbreviation' }));
    expect(matchMunicipality('Gamara', '20')).toEqual(expect.objectContaining({ reason: 'spelling' }));
    expect(matchMunicipality('Codazzi', '20')).toEqual(expect.objectContaining({ reason: 'containment' }));
  });

  test('nothing close: no suggestion', () => {
    expect(department('Xyzzy')).toBe('none');
    expect(department('')).toBe('none');
    expect(municipality('Monteria', 'Cesar')).toBe('none'); // it exists, but in Córdoba
    expect(municipality('Quibdó', 'Huila')).toBe('none');
  });

  test('two names equally close suggest neither (`Rauca`: Arauca or Cauca)', () => {
    expect(department('Rauca')).toBe('none');
  });

  test('property: a department name with one letter dropped is suggested back, or nothing when another is as close', () => {
    const names = allDepartments().filter((d) => d.name.length >= 5);
    let suggestedBack = 0;
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), (d, n) => {
        const i = n % d.name.length;
        const typo = d.name.slice(0, i) + d.name.slice(i + 1);
        const m = matchDepartment(typo);
        if (m.kind !== 'none' && m.place.code === d.code) suggestedBack++;
        return m.kind === 'none' || m.place.code === d.code; // never another department
      }),
      { numRuns: 300 },
    );
    expect(suggestedBack).toBeGreaterThan(250);
  });
});

describe('common short names match when one municipality of the department fits', () => {
  test.each([
    ['Tumaco', 'Nariño', 'exact San Andrés de Tumaco'],
    ['Cartagena', 'Bolívar', 'exact Cartagena de Indias'],
    ['Cucuta', 'Norte de Santander', 'exact San José de Cúcuta'],
    ['Santa Marta', 'Magdalena', 'exact Santa Marta'],
  ])('%p in %p', (text, dept, expected) => expect(municipality(text, dept)).toBe(expected));

  test('a short name that is no head or tail of the official name, or fits none, is not a match', () => {
    expect(municipality('Codazzi', 'Cesar')).toBe('near Agustín Codazzi'); // no particle: a suggestion only
    expect(municipality('Tumaco', 'Cauca')).toBe('none');
    expect(municipality('Indias', 'Bolívar')).not.toMatch(/^exact/); // the tail only after a saint's name
    expect(municipality('San Juan', 'La Guajira')).toBe('near San Juan del Cesar'); // a saint's name alone is shared by many places
    expect(matchMunicipality('Tumaco', null)).not.toEqual(expect.objectContaining({ kind: 'exact' }));
  });
});

describe('phonetic slips common in Spanish are suggested back', () => {
  test.each([
    ['Cartajena', 'Bolívar', 'near Cartagena de Indias'],
    ['Sogamozo', 'Boyacá', 'near Sogamoso'],
    ['Balledupar', 'Cesar', 'near Valledupar'],
    ['Ibague', 'Tolima', 'exact Ibagué'],
    ['Onda', 'Tolima', 'near Honda'],
    ['Yopal', 'Casanare', 'exact Yopal'],
  ])('%p in %p', (text, dept, expected) => expect(municipality(text, dept)).toBe(expected));

  test('a name that sounds like none gets no suggestion', () => {
    expect(municipality('Jirardot', 'Huila')).toBe('none'); // Girardot is in Cundinamarca
  });
});

describe('nationwide lookups (blank department)', () => {
  test('a unique name tells its department; a repeated one does not', () => {
    expect(matchMunicipality('Socota', null)).toEqual(expect.objectContaining({ kind: 'exact', place: expect.objectContaining({ departmentCode: '15' }) }));
    expect(matchMunicipality('La Paz', null)).toEqual({ kind: 'none' });
    expect(municipalitiesNamed('La Paz').map((m) => m.departmentCode).sort()).toEqual(['20', '68']);
  });
});
