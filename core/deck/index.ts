/** The report slides as a host-neutral plan (deck.md); renderers draw it (renderers/pptx, apps-script). */
export * from './plan';
export * from './accountability';
export { buildDeckPlan, latestMonth, stageShortName, maxFindingsListed, maxDepartmentsCharted, maxPrioritiesListed, type DeckInput, type DeckOptions } from './build';
export { analysisParagraphs, runsOf, joinList, smallSample } from './analysis';
export { monthFigures, showCount, showPercent, showScore, type MonthFigures } from './figures';
export { paginate, wrappedLines, clampText, chunkBy, chunkParagraphs, paragraphLines, rowLines } from './paginate';
export { reportTitle, slideTitles } from './text';
export { pqrsdSlide, pqrsdTrendMonths, type PqrsdDeckSummary } from './pqrsd';
