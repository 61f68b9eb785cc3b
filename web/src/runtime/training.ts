// Headless use of a training widget: `compute` runs a fresh session to the
// end, so `solve`, the tests and the page's last frame agree.
import type { ComputeContext, TrainingSession } from './types';

export function trainToEnd<R>(session: TrainingSession<R>, ctx?: ComputeContext): R {
  try {
    const chunk = Math.max(1, Math.ceil(session.total / 50));
    while (!session.done && session.advance(chunk) > 0) ctx?.progress(session.step / session.total);
    return session.result(true);
  } finally {
    session.dispose();
  }
}
