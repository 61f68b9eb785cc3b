// Defines <stepwise-widget> once, however many times the bundle is loaded.
import { settings, type Settings } from './settings';
import { StepwiseWidget } from './widget-element';

export function registerStepwise(options: Partial<Settings> = {}): void {
  if (customElements.get('stepwise-widget')) return;
  Object.assign(settings, options);
  customElements.define('stepwise-widget', StepwiseWidget);
}
