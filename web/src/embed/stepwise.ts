// The embed bundle (embed/stepwise.js in the build): one module script on any
// page defines <stepwise-widget>. Its chunks, the .wasm and the Worker are
// found relative to this file, wherever the build is hosted. Widgets leave
// the host page's URL alone unless given url-state="on".
import { registerStepwise } from '../runtime/register';

registerStepwise({ urlState: false, embedHome: new URL(/* @vite-ignore */ './', import.meta.url).href });
