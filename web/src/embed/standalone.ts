// The standalone file (standalone/<widget>.html): everything inlined, opened
// from disk. No URL state (a file:// link is not shareable), no embed code.
import { registerStepwise } from '../runtime/register';
import { loadWidget } from '../runtime/registry';
import './standalone.css';

registerStepwise({ urlState: false, embedHome: null });
const name = document.querySelector('stepwise-widget')?.getAttribute('name') ?? '';
loadWidget(name).then((d) => (document.title = `${d.title} · Stepwise`), () => {});
