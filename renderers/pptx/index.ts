/** The PowerPoint renderer of the deck plan (Node and browser). */
export { renderDeck, formatCode, axisFormatCode } from './render';
export { fittingSize, cardValueFit } from '../../core/deck';
