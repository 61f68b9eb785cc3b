// The TensorFlow.js peer of the MLP benchmark (dev dependency only): the same
// network, initial parameters and full-batch Adam, on the cpu or wasm backend.
// The union package: its Node build registers the gradients and the cpu backend.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

setWasmPaths(new URL('../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url).pathname);

/** A trainer on `backend` ('cpu' | 'wasm'); layers as MlpSession.layer returns them. */
export async function tfjsTrainer(backend, layers, x, y, lr) {
  await tf.setBackend(backend);
  await tf.ready();
  // Column-major rows x cols is row-major cols x rows: W transposed, so a = x Wᵀ.
  const vars = layers.map((l) => ({
    wt: tf.variable(tf.tensor2d(Float32Array.from(l.w), [l.cols, l.rows])),
    b: tf.variable(tf.tensor1d(Float32Array.from(l.b))),
  }));
  const xs = tf.tensor2d(Float32Array.from(x), [x.length, 1]);
  const ys = tf.tensor2d(Float32Array.from(y), [y.length, 1]);
  const opt = tf.train.adam(lr, 0.9, 0.999, 1e-8);
  const varList = vars.flatMap((v) => [v.wt, v.b]);
  const loss = () =>
    tf.tidy(() => {
      let a = xs;
      vars.forEach((v, i) => {
        a = tf.add(tf.matMul(a, v.wt), v.b);
        if (i < vars.length - 1) a = tf.tanh(a);
      });
      return tf.mean(tf.square(tf.sub(a, ys)));
    });
  return {
    /** Runs `steps` steps; returns the loss before the last one. */
    async run(steps) {
      await tf.setBackend(backend);
      let last = 0;
      for (let s = 0; s < steps; s++) {
        const cost = opt.minimize(loss, s === steps - 1, varList);
        if (cost) {
          last = cost.dataSync()[0];
          cost.dispose();
        }
      }
      return last;
    },
  };
}
