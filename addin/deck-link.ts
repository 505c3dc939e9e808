/**
 * The deck's way out where the task pane cannot download (Office for Mac): the deck plan, compressed,
 * travels in the fragment of a link to `deck.html` (never sent to a server), which the person's
 * browser opens to build and download the same .pptx.
 */
import type { DeckPlan } from '../core/deck';

const toBase64Url = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};

async function through(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The fragment carrying a plan: `z.` + deflated JSON where the browser can compress, else `j.` + JSON. */
export async function encodeDeckPlan(plan: DeckPlan): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(plan));
  if (typeof CompressionStream === 'function') return `z.${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}`;
  return `j.${toBase64Url(json)}`;
}

/** The plan of a fragment made by `encodeDeckPlan`; throws on anything else. */
export async function decodeDeckPlan(fragment: string): Promise<DeckPlan> {
  const text = fragment.replace(/^#/, '');
  const body = fromBase64Url(text.slice(2));
  const json = text.startsWith('z.') ? await through(body, new DecompressionStream('deflate-raw')) : text.startsWith('j.') ? body : null;
  if (!json) throw new Error('not a deck link');
  const plan = JSON.parse(new TextDecoder().decode(json)) as DeckPlan;
  if (!plan || !Array.isArray(plan.slides)) throw new Error('not a deck plan');
  return plan;
}
