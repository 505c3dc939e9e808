/**
 * The add-in's icons as SVG, drawn from simple shapes on a 32-unit grid: the build renders each
 * to PNG at the sizes the manifest asks for (16/32/80 for buttons and groups; 16–128 for the
 * add-in), so no binary image of unknown origin is kept in the repository.
 */
import type { MenuGroup } from '../core/actions/menu';

const blue = '#1F4E79';
const light = '#5B9BD5';
const amber = '#ED7D31';
const green = '#70AD47';
const red = '#C0504D';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">${body}</svg>`;
const bars = (color: string) => `<rect x="5" y="17" width="5" height="10" rx="1" fill="${color}"/><rect x="13.5" y="10" width="5" height="17" rx="1" fill="${color}"/><rect x="22" y="5" width="5" height="22" rx="1" fill="${color}"/>`;
const sheet = `<rect x="4" y="4" width="24" height="24" rx="2.5" fill="#FFFFFF" stroke="${blue}" stroke-width="2"/><path d="M4 11h24M4 18h24M13 4v24" stroke="${light}" stroke-width="1.5"/>`;

/** Glyphs of the menu entries, by id; an entry without one gets the add-in's glyph. */
const glyphs: Record<string, string> = {
  indicators: bars(blue),
  checks: `${sheet}<circle cx="22" cy="22" r="8" fill="${green}"/><path d="M18 22l3 3 5-6" fill="none" stroke="#FFFFFF" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
  clearMarks: `${sheet}<rect x="14" y="14" width="14" height="8" rx="2" transform="rotate(-35 21 18)" fill="${amber}"/><path d="M12 28h16" stroke="${blue}" stroke-width="2"/>`,
  deck: `<rect x="3" y="5" width="26" height="17" rx="2" fill="${amber}"/><rect x="7" y="9" width="18" height="9" rx="1" fill="#FFFFFF"/><path d="M16 22v5M11 28h10" stroke="${blue}" stroke-width="2.2" stroke-linecap="round"/>`,
  selfDiagnosis: `<rect x="6" y="4" width="20" height="25" rx="2.5" fill="#FFFFFF" stroke="${blue}" stroke-width="2"/><path d="M10 11h12M10 16h12M10 21h8" stroke="${light}" stroke-width="2" stroke-linecap="round"/><circle cx="24" cy="24" r="6" fill="${green}"/>`,
  spaces: `<path d="M16 29s-9-9.5-9-16a9 9 0 0 1 18 0c0 6.5-9 16-9 16z" fill="${red}"/><circle cx="16" cy="13" r="3.5" fill="#FFFFFF"/>`,
  all: `<circle cx="16" cy="16" r="13" fill="${blue}"/><path d="M12.5 9.5v13l11-6.5z" fill="#FFFFFF"/>`,
  template: `${sheet}<circle cx="23" cy="23" r="7" fill="${blue}"/><path d="M23 19v8M19 23h8" stroke="#FFFFFF" stroke-width="2.4" stroke-linecap="round"/>`,
  panel: `<rect x="3" y="5" width="26" height="22" rx="2.5" fill="#FFFFFF" stroke="${blue}" stroke-width="2"/><rect x="18" y="7" width="9" height="18" fill="${light}"/>`,
};

const groupGlyphs: Record<MenuGroup, string> = { service: bars(blue), accountability: glyphs.spaces, workbook: glyphs.template };

/** The add-in's own icon: two bars and a check on the brand blue. */
export const appIconSvg = svg(
  `<rect x="1" y="1" width="30" height="30" rx="6" fill="${blue}"/><rect x="7" y="15" width="5" height="10" rx="1" fill="#FFFFFF"/><rect x="14" y="9" width="5" height="16" rx="1" fill="#FFFFFF"/><circle cx="23" cy="22" r="6" fill="${green}"/><path d="M20 22l2.2 2.2 4-4.5" fill="none" stroke="#FFFFFF" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
);

/** Every icon to render: file stem → SVG. */
export function iconSources(entryIds: readonly string[], groups: readonly MenuGroup[]): Map<string, string> {
  const out = new Map<string, string>([['app', appIconSvg]]);
  for (const id of entryIds) out.set(id, glyphs[id] ? svg(glyphs[id]) : appIconSvg);
  for (const g of groups) out.set(`group-${g}`, svg(groupGlyphs[g]));
  return out;
}
