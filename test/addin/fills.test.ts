/** What a mark restores, from the fill Excel reports (docs/hosts-facts.md, fact 4; office-js#4900). */
import { fillOfCellProperties } from '../../addin/excel/write';

describe('fillOfCellProperties', () => {
  test('a solid fill is its colour, upper-case without #', () => {
    expect(fillOfCellProperties({ color: '#ffc000', pattern: 'Solid' })).toBe('FFC000');
  });
  test('pattern None is no fill, whatever colour Excel reports', () => {
    expect(fillOfCellProperties({ color: '#FFFFFF', pattern: 'None' })).toBeNull();
  });
  test('a null pattern (office-js#4900) keeps a real colour: Borrar marcas never drops a user fill', () => {
    expect(fillOfCellProperties({ color: '#92D050', pattern: null })).toBe('92D050');
    expect(fillOfCellProperties({ color: '#FFFFFF', pattern: null })).toBeNull();
  });
  test('nothing reported is no fill', () => {
    expect(fillOfCellProperties(undefined)).toBeNull();
    expect(fillOfCellProperties({})).toBeNull();
  });
});
