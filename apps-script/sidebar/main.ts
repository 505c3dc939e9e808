/** The sidebar page's script: the shared panel mounted with the Google bridge. */
import { mountPanel } from '../../panel/app';
import { googleBridge, type ScriptRunner } from './bridge';

declare const google: { script: { run: ScriptRunner } };

const root = document.getElementById('cuentas-claras');
if (root) mountPanel(root, googleBridge(google.script.run, navigator.language));
