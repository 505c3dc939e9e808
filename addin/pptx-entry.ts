/** The PowerPoint renderer as a separate browser bundle (`pptx.js`, global `CuentasClarasPptx`): loaded only when a deck is asked for. */
export { renderDeck } from '../renderers/pptx';
