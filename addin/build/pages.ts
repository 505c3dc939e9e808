/** The add-in's HTML pages: the task pane (the shared runtime's one page) and the deck download page. */

/** Microsoft's CDN copy of office.js: loaded, never bundled (HOSTS.md). */
export const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Office UI conventions: Segoe UI, Fluent neutral greys and the theme blue, 8-px rhythm, visible focus. */
export const panelCss = `
:root { --cc-blue: #0F6CBD; --cc-blue-dark: #115EA3; --cc-text: #242424; --cc-muted: #616161; --cc-line: #E0E0E0; --cc-bg: #FFFFFF; --cc-soft: #F5F5F5;
  --cc-severity-error: #F4CCCC; --cc-severity-warning: #FFE599; --cc-severity-info: #CFE2F3; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; font-size: 14px; color: var(--cc-text); background: var(--cc-bg); }
#app { padding: 12px 16px 24px; }
.cc-header h1 { font-size: 20px; font-weight: 600; margin: 4px 0 0; color: var(--cc-blue-dark); }
.cc-header p { margin: 2px 0 12px; color: var(--cc-muted); font-size: 12px; }
h2 { font-size: 14px; font-weight: 600; margin: 16px 0 8px; }
.cc-options { border: 1px solid var(--cc-line); border-radius: 4px; padding: 6px 10px; background: var(--cc-soft); }
.cc-options summary { cursor: pointer; font-weight: 600; }
.cc-field { display: flex; flex-direction: column; margin: 8px 0; gap: 2px; }
.cc-field label { font-size: 12px; font-weight: 600; }
.cc-field input, .cc-field select { font: inherit; padding: 4px 6px; border: 1px solid #8A8886; border-radius: 2px; background: #fff; }
.cc-hint { font-size: 12px; color: var(--cc-muted); }
.cc-actions { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
button { font: inherit; cursor: pointer; border-radius: 4px; padding: 6px 10px; border: 1px solid #8A8886; background: #fff; color: var(--cc-text); text-align: left; }
button:hover:not(:disabled) { background: var(--cc-soft); }
button:focus-visible { outline: 2px solid var(--cc-blue); outline-offset: 1px; }
button:disabled { cursor: default; opacity: 0.55; }
.cc-primary { background: var(--cc-blue); border-color: var(--cc-blue); color: #fff; font-weight: 600; }
.cc-primary:hover:not(:disabled) { background: var(--cc-blue-dark); }
.cc-progress { margin: 12px 0; }
.cc-bar { height: 3px; background: linear-gradient(90deg, transparent, var(--cc-blue), transparent); background-size: 40% 100%; background-repeat: no-repeat; animation: cc-slide 1.2s linear infinite; background-color: #DEECF9; }
@keyframes cc-slide { from { background-position: -40% 0; } to { background-position: 140% 0; } }
.cc-stage { font-size: 12px; color: var(--cc-muted); }
.cc-alert { margin: 12px 0; padding: 8px 10px; border-left: 4px solid #C50F1F; background: #FDE7E9; }
.cc-summary ul { margin: 0; padding-left: 18px; }
.cc-summary li { margin: 2px 0; }
.cc-more summary { cursor: pointer; font-size: 12px; color: var(--cc-blue-dark); margin: 4px 0; }
.cc-severity { margin: 8px 0; border-radius: 4px; }
.cc-severity summary { cursor: pointer; font-weight: 600; padding: 4px 8px; border-radius: 4px; }
.cc-severity-error summary { background: var(--cc-severity-error); } .cc-severity-warning summary { background: var(--cc-severity-warning); } .cc-severity-info summary { background: var(--cc-severity-info); }
.cc-severity ul { list-style: none; margin: 4px 0; padding: 0; }
.cc-finding { width: 100%; border: none; border-bottom: 1px solid var(--cc-line); border-radius: 0; display: flex; flex-direction: column; gap: 2px; padding: 6px 8px; }
.cc-where { font-size: 12px; color: var(--cc-blue-dark); font-weight: 600; }
.cc-suggestion { font-size: 12px; color: var(--cc-muted); }
.cc-deck button { margin: 4px 0; }
`;

export function taskpaneHtml(): string {
  return `<!doctype html>
<html lang="es-CO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cuentas Claras</title>
<!-- office.js first, then the bundle, both blocking: the ribbon and the custom functions register as the page loads. -->
<script src="${officeJsUrl}"></script>
<script src="taskpane.js"></script>
<style>${panelCss}</style>
</head>
<body>
<main id="app" aria-live="polite">Cargando Cuentas Claras…</main>
</body>
</html>
`;
}

export function deckHtml(): string {
  return `<!doctype html>
<html lang="es-CO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cuentas Claras · Diapositivas</title>
<style>${panelCss} main { max-width: 520px; margin: 48px auto; padding: 0 16px; }</style>
</head>
<body>
<main>
<h1 class="cc-header">Cuentas Claras</h1>
<p id="status" role="status">Preparando…</p>
<button id="download" class="cc-primary" type="button" hidden>Descargar diapositivas</button>
</main>
<script src="deck.js"></script>
</body>
</html>
`;
}
