declare module '@engine-build/stepwise.mjs' {
  const createStepwise: (opts: Record<string, unknown>) => Promise<Record<string, unknown>>;
  export default createStepwise;
}
