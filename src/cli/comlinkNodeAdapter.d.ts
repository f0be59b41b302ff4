// comlink ships this adapter's types beside its UMD build only; the ES module has none.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/umd/node-adapter';
}
