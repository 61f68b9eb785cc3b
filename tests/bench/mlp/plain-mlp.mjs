// A plain JavaScript MLP trainer, the "no library" peer in the MLP benchmark:
// float32 parameters and activations, tanh hidden layers, a linear output,
// loss c * mean over points of ||f(x) - y||^2, full-batch Adam. It starts from
// given layers (column-major weights, as MlpSession.layer returns them) so
// its loss trajectory can be checked against the engine's.
export class PlainMlp {
  /**
   * @param layers [{w, b, rows, cols}] input to output
   * @param opts {lr, beta1, beta2, eps, lossScale}
   */
  constructor(layers, { lr, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, lossScale = 1 }) {
    this.shape = layers.map(({ rows, cols }) => ({ rows, cols }));
    const size = layers.reduce((s, l) => s + l.rows * l.cols + l.rows, 0);
    this.params = new Float32Array(size);
    this.grads = new Float32Array(size);
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
    // Per layer, views into the flat buffers: [W_1, b_1, W_2, b_2, ...].
    this.views = [];
    let at = 0;
    for (const l of layers) {
      const nw = l.rows * l.cols;
      this.params.set(l.w, at);
      this.params.set(l.b, at + nw);
      this.views.push({
        w: this.params.subarray(at, at + nw), b: this.params.subarray(at + nw, at + nw + l.rows),
        gw: this.grads.subarray(at, at + nw), gb: this.grads.subarray(at + nw, at + nw + l.rows),
      });
      at += nw + l.rows;
    }
    Object.assign(this, { lr, beta1, beta2, eps, lossScale, t: 0, n: 0 });
  }

  /** Allocates the activation buffers for n points once. */
  ensure(n) {
    if (this.n === n) return;
    this.n = n;
    this.acts = [new Float32Array(n * this.shape[0].cols), ...this.shape.map((s) => new Float32Array(n * s.rows))];
    this.deltas = this.shape.map((s) => new Float32Array(n * s.rows));
  }

  /** One full-batch step on x (n inputs, sample after sample) and y; returns the loss before it. */
  step(x, y) {
    const L = this.shape.length;
    const n = x.length / this.shape[0].cols;
    this.ensure(n);
    const a = this.acts;
    a[0].set(x);
    for (let l = 0; l < L; l++) {
      const { rows, cols } = this.shape[l];
      const { w, b } = this.views[l];
      const ain = a[l], out = a[l + 1];
      for (let j = 0; j < n; j++) {
        const o = j * rows;
        for (let r = 0; r < rows; r++) out[o + r] = b[r];
        for (let c = 0; c < cols; c++) {
          const v = ain[j * cols + c];
          const wc = c * rows;
          for (let r = 0; r < rows; r++) out[o + r] += w[wc + r] * v;
        }
        if (l < L - 1) for (let r = 0; r < rows; r++) out[o + r] = Math.tanh(out[o + r]);
      }
    }
    // Output delta: dL/df = 2c/n (f - y).
    const out = a[L], dOut = this.deltas[L - 1];
    let sum = 0;
    for (let i = 0; i < out.length; i++) {
      const r = out[i] - y[i];
      sum += r * r;
      dOut[i] = ((2 * this.lossScale) / n) * r;
    }
    for (let l = L - 1; l >= 0; l--) {
      const { rows, cols } = this.shape[l];
      const { w, gw, gb } = this.views[l];
      const d = this.deltas[l], ain = a[l];
      gw.fill(0);
      gb.fill(0);
      for (let j = 0; j < n; j++) {
        const o = j * rows;
        for (let r = 0; r < rows; r++) gb[r] += d[o + r];
        for (let c = 0; c < cols; c++) {
          const v = ain[j * cols + c];
          const wc = c * rows;
          for (let r = 0; r < rows; r++) gw[wc + r] += d[o + r] * v;
        }
      }
      if (l === 0) break;
      const dPrev = this.deltas[l - 1];
      for (let j = 0; j < n; j++)
        for (let c = 0; c < cols; c++) {
          let s = 0;
          const wc = c * rows, o = j * rows;
          for (let r = 0; r < rows; r++) s += w[wc + r] * d[o + r];
          const h = ain[j * cols + c];
          dPrev[j * cols + c] = s * (1 - h * h); // tanh' = 1 - tanh^2
        }
    }
    this.adam();
    return (this.lossScale * sum) / n;
  }

  adam() {
    this.t += 1;
    const { beta1: b1, beta2: b2, eps, params: p, grads: g, m, v } = this;
    const stepSize = this.lr / (1 - b1 ** this.t), root = Math.sqrt(1 - b2 ** this.t);
    for (let i = 0; i < p.length; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      p[i] -= (stepSize * m[i]) / (Math.sqrt(v[i]) / root + eps);
    }
  }
}
