declare module '@engine-build/stepwise.mjs' {
  const createStepwise: (opts: Record<string, unknown>) => Promise<Record<string, unknown>>;
  export default createStepwise;
}
declare module '@engine-build/stepwise.wasm?url' {
  const url: string;
  export default url;
}
