/** The pure cores of DIAS_HABILES, VENCIMIENTO and FESTIVOS: cell values in, values out, bilingual errors. */
import { businessDaysFunction, dueDateFunction, holidaysFunction } from '../../../core/pqrsd';
import { FunctionInputError } from '../../../core/functions/types';

/** The error a call throws (fails when it throws none, or another kind). */
function thrown(call: () => unknown): FunctionInputError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionInputError);
    return e as FunctionInputError;
  }
  throw new Error('no error thrown');
}

const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000;

describe('DIAS_HABILES(inicio, fin, [festivos])', () => {
  test('counts from the day after inicio, as terms are counted (pqrsd.md: 17)', () => {
    expect(businessDaysFunction('14/03/2025', '09/04/2025')).toBe(17);
    expect(businessDaysFunction(new Date(Date.UTC(2025, 2, 14)), serial('2025-04-09'))).toBe(17);
    expect(businessDaysFunction('2025-04-09', '2025-03-14')).toBe(-17);
  });

  test('an optional range of extra non-working days', () => {
    expect(businessDaysFunction('14/03/2025', '09/04/2025', [['01/04/2025'], [null], [serial('2025-04-02')]])).toBe(15);
    // A whole column of the Festivos sheet starts with its header: skipped; any other text is not a date.
    expect(businessDaysFunction('14/03/2025', '09/04/2025', [['Fecha'], ['01/04/2025'], ['']])).toBe(16);
    expect(() => businessDaysFunction('14/03/2025', '09/04/2025', [['01/04/2025'], ['Fecha']])).toThrow('«Fecha» no es una fecha (dd/mm/aaaa).');
  });

  test('a bad date is a Spanish error, not a number', () => {
    expect(thrown(() => businessDaysFunction('31/02/2025', '09/04/2025')).text).toEqual({ es: '«31/02/2025» no es una fecha (dd/mm/aaaa).', en: '“31/02/2025” is not a date (dd/mm/yyyy).' });
    expect(thrown(() => businessDaysFunction('01/01/1980', '09/04/2025')).text.es).toBe('La fecha 01/01/1980 está fuera del calendario de festivos (1984–4099).');
    expect(thrown(() => businessDaysFunction('14/03/2025', '09/04/2025', [['x']])).text.en).toBe('“x” is not a date (dd/mm/yyyy).');
  });
});

describe('VENCIMIENTO(fecha, tipo_o_dias, [festivos])', () => {
  test.each([
    ['14/03/2025', 'Petición', '2025-04-07'],
    ['16/04/2025', 'Solicitud de información', '2025-05-05'],
    ['01/12/2025', 'consulta', '2026-01-16'],
    ['15/03/2025', 'Queja', '2025-04-07'],
    ['14/03/2025', 15, '2025-04-07'],
    ['14/03/2025', '15', '2025-04-07'],
    ['02/07/2026', 5, '2026-07-09'], // 9 July itself is a business day: the rest moves to Monday
    ['08/07/2026', 3, '2026-07-14'], // 13 July 2026 is the Ley 2578 holiday
  ])('%s, %s → %s', (filed, term, due) => {
    expect(dueDateFunction(filed, term)).toBe(due);
  });

  test('with Festivos', () => {
    expect(dueDateFunction('14/03/2025', 'Petición', [['01/04/2025']])).toBe('2025-04-08');
  });

  test('errors: an unknown type, a type without term, a negative or fractional number of days', () => {
    expect(() => dueDateFunction('14/03/2025', 'Pregunta')).toThrow('«Pregunta» no es un tipo de PQRSD ni un número de días hábiles.');
    expect(thrown(() => dueDateFunction('14/03/2025', 'Peticon')).text).toEqual({
      es: '«Peticon» no es un tipo de PQRSD ni un número de días hábiles. ¿Quiso decir «Petición»?',
      en: '“Peticon” is neither a PQRSD type nor a number of business days. Did you mean “Petición”?',
    });
    expect(() => dueDateFunction('14/03/2025', 'Felicitación')).toThrow('Felicitación no tiene término de respuesta.');
    expect(() => dueDateFunction('14/03/2025', -3)).toThrow('Los días hábiles deben ser un número entero mayor o igual que 0, no -3.');
    expect(() => dueDateFunction('14/03/2025', 2.5)).toThrow(FunctionInputError);
    expect(() => dueDateFunction('20/12/4099', 30)).toThrow('El vencimiento cae después del calendario de festivos (1984–4099).');
  });
});

describe('FESTIVOS(año)', () => {
  test('2026: 19 rows, date and name, with the Ley 2578 holiday', () => {
    const rows = holidaysFunction(2026);
    expect(rows).toHaveLength(19);
    expect(rows[0]).toEqual(['2026-01-01', 'Año Nuevo']);
    expect(rows).toContainEqual(['2026-07-13', 'Nuestra Señora del Rosario de Chiquinquirá']);
    expect(holidaysFunction('2026', 'en')).toContainEqual(['2026-07-13', 'Our Lady of the Rosary of Chiquinquirá']);
  });

  test('2025 has no 9 July holiday', () => {
    expect(holidaysFunction(2025).some(([d]) => d.startsWith('2025-07-1'))).toBe(false);
  });

  test('a year outside the calendar or not a year is an error', () => {
    expect(() => holidaysFunction(1983)).toThrow('«1983» no es un año entre 1984 y 4099.');
    expect(() => holidaysFunction('dos mil')).toThrow(FunctionInputError);
    expect(() => holidaysFunction(2025.5)).toThrow(FunctionInputError);
  });
});
