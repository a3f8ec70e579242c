/** OpenCC's conversion tables as opencc-js ships them: `"from to[ alt]|from to|…"`. */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
