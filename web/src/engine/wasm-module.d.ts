declare module '@engine-build/stepwise.mjs' {
  const createStepwise: (opts: Record<string, unknown>) => Promise<Record<string, unknown>>;
  export default createStepwise;
}
declare module 'virtual:stepwise-wasm-base64' {
  const base64: string;
  export default base64;
}
