/** Regenerates the README's generated sections from the registries (`npm run docs`). */
import fs from 'node:fs';
import path from 'node:path';
import { fillSections, generatedSections } from '../core/docs';

const file = path.join(__dirname, '..', '..', 'README.md');
const before = fs.readFileSync(file, 'utf8');
const after = fillSections(before, generatedSections());
if (after !== before) fs.writeFileSync(file, after);
console.log(after !== before ? 'README.md actualizado.' : 'README.md ya estaba al día.');
