// The controls of a training widget: play/pause, one step, restart, speed,
// and a progress bar with the step count.
import type { Speed } from '../engine/train-loop';

export interface TransportState {
  step: number;
  total: number;
  playing: boolean;
  done: boolean;
}

export interface Transport {
  el: HTMLElement;
  speed(): Speed;
  show(s: TransportState): void;
}

export const speeds: { value: Speed; label: string }[] = [
  { value: 1, label: '1 step per frame' },
  { value: 10, label: '10 steps per frame' },
  { value: 100, label: '100 steps per frame' },
  { value: 0, label: 'As fast as possible' },
];

export function createTransport(
  uid: number,
  on: { play(): void; pause(): void; step(): void; restart(): void; speed(s: Speed): void },
): Transport {
  const el = document.createElement('div');
  el.className = 'sw-transport';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', 'Training');
  const button = (label: string, help: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = help;
    el.append(b);
    return b;
  };
  let playing = false;
  const play = button('Play', 'Train: run steps continuously');
  const step = button('Step', 'Take one training step');
  const restart = button('Restart', 'Start again from the same initialization');
  play.addEventListener('click', () => (playing ? on.pause() : on.play()));
  step.addEventListener('click', () => on.step());
  restart.addEventListener('click', () => on.restart());

  const select = document.createElement('select');
  select.id = `sw${uid}-speed`;
  select.setAttribute('aria-label', 'Training speed');
  for (const s of speeds) select.append(new Option(s.label, String(s.value), s.value === 0, s.value === 0));
  select.addEventListener('change', () => on.speed(Number(select.value)));
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.setAttribute('aria-label', 'Training progress');
  const count = document.createElement('span');
  count.className = 'sw-step-count';
  el.append(select, bar, count);

  return {
    el,
    speed: () => Number(select.value),
    show(s) {
      playing = s.playing;
      play.textContent = s.playing ? 'Pause' : 'Play';
      play.disabled = s.done;
      step.disabled = s.done || s.playing;
      bar.value = s.total > 0 ? s.step / s.total : 0;
      count.textContent = `step ${s.step.toLocaleString('en-US')} of ${s.total.toLocaleString('en-US')}`;
    },
  };
}
