// Our partial Plotly bundle, made by web/plotly-partial.ts (a Vite plugin).
declare module 'virtual:plotly' {
  const Plotly: unknown;
  export default Plotly;
}
