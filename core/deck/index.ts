/** The report slides as a host-neutral plan (deck.md); renderers draw it (renderers/pptx, apps-script). */
export * from './plan';
export * from './accountability';
export { buildDeckPlan, barLabelsFit, latestMonth, stageShortName, nearlyEmpty, labelOf, publishedFootnote, maxFindingsListed, maxDepartmentsCharted, maxPrioritiesListed, maxPointsCharted, type DeckInput, type DeckOptions, type PublishedFigure, type ValueDelivery, type InputGap, type SurveyGap } from './build';
export { glossaryEntries, definitionOf, defaultGlossary, defaultDefinitions, type GlossaryEntry } from './glossary';
export { analysisParagraphs, serviceParagraphs, surveyParagraphs, runsOf, joinList, smallSample } from './analysis';
export { monthFigures, showCount, showPercent, showScore, type MonthFigures } from './figures';
export { paginate, boldWidthEm, fittingSize, wrapToWidth, blockFit, footerFit, cardValueFit, minCardValueSize, wrappedLines, clampText, chunkBy, chunkParagraphs, paragraphLines, rowLines, safeCutIndex, displayLength, balancedChunks, balancedChunkBy, balancedParagraphs } from './paginate';
export { reportTitle, slideTitles } from './text';
export { pqrsdSlide, pqrsdTrendMonths, type PqrsdDeckSummary } from './pqrsd';
