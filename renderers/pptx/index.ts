/** The PowerPoint renderer of the deck plan (Node and browser). */
export { renderDeck, formatCode, fittingSize } from './render';
