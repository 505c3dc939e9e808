/**
 * Every change the writer may make to the user's package, as data: a part it adds, changes or
 * removes must match one of these, and the package comparison tests hold each run to them (and
 * check that the change is of the kind described). Any other part is copied as stored, byte for
 * byte.
 */

export type EditKind = 'added' | 'changed' | 'removed';

export interface DeclaredEdit {
  /** Which parts (package paths without the leading slash). */
  part: RegExp;
  kinds: readonly EditKind[];
  /** What the change may be. */
  edit: string;
}

export const declaredEdits: readonly DeclaredEdit[] = [
  {
    part: /^\[Content_Types\]\.xml$/,
    kinds: ['changed'],
    edit: 'Default and Override entries of the parts added or removed; nothing else (a template workbook type becomes the workbook type)',
  },
  { part: /^xl\/workbook\.xml$/, kinds: ['changed'], edit: 'a <sheet> element per output sheet, added last or replacing its namesake in place' },
  { part: /^xl\/_rels\/workbook\.xml\.rels$/, kinds: ['changed'], edit: 'the relationships of output sheets (and of styles.xml when the package had none)' },
  { part: /^xl\/styles\.xml$/, kinds: ['added', 'changed'], edit: 'numFmt, font, fill and xf items appended after the existing ones, and their lists’ counts' },
  { part: /^xl\/worksheets\/sheet\d+\.xml$/, kinds: ['added', 'removed'], edit: 'output sheets, written whole; a previous run’s output sheet removed' },
  {
    part: /^.+\.xml$/,
    kinds: ['changed'],
    edit: 'an input worksheet with marks: cell style indexes (`s`), empty cells and rows inserted to carry a mark (removed again when unmarked), <legacyDrawing> added or removed',
  },
  { part: /(^|\/)_rels\/[^/]+\.rels$/, kinds: ['added', 'changed', 'removed'], edit: 'relationships of the parts the tool adds or removes' },
  { part: /^xl\/drawings\/drawing\d+\.xml$/, kinds: ['added', 'removed'], edit: 'the drawing holding an output sheet’s charts' },
  { part: /^xl\/charts\/chart\d+\.xml$/, kinds: ['added', 'removed'], edit: 'an output sheet’s chart' },
  { part: /^xl\/comments\d*\.xml$|^.+comments[^/]*\.xml$/, kinds: ['added', 'changed', 'removed'], edit: 'the notes of marked cells; other notes kept as written' },
  { part: /\.vml$/, kinds: ['added', 'changed', 'removed'], edit: 'the note boxes of marked cells; other shapes (form controls) kept as written' },
];
