// Defines <stepwise-widget> once, however many times the bundle is loaded.
import { StepwiseWidget } from './widget-element';

export function registerStepwise(): void {
  if (!customElements.get('stepwise-widget')) customElements.define('stepwise-widget', StepwiseWidget);
}
