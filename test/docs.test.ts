/** The README's generated sections are up to date with the registries (run `npm run docs` to fix). */
import fs from 'node:fs';
import path from 'node:path';
import { fillSections, generatedSections, findingCodesMarkdown, indicatorsMarkdown, pqrsdIndicatorsMarkdown, pqrsdTermsMarkdown } from '../core/docs';
import { pqrsdIndicatorIds, pqrsdTypes } from '../core/pqrsd';
import { findingCodes } from '../core/findings';
import { indicatorIds } from '../core/service';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('README sections equal what the registries generate', () => {
  expect(fillSections(readme, generatedSections())).toBe(readme);
});

test('every indicator and every finding code is documented', () => {
  for (const id of indicatorIds) expect(indicatorsMarkdown()).toContain(`\`${id}\``);
  for (const code of findingCodes) expect(findingCodesMarkdown()).toContain(`\`${code}\``);
  for (const id of pqrsdIndicatorIds) expect(pqrsdIndicatorsMarkdown()).toContain(`\`${id}\``);
  for (const type of pqrsdTypes) expect(pqrsdTermsMarkdown()).toContain(`| ${type} |`);
  for (const name of Object.keys(generatedSections())) expect(readme).toContain(`<!-- ${name}:inicio -->`);
});
