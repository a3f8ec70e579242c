/**
 * Small `Uint32Array`s for what an index keeps of each article (its shingles, its band keys),
 * cut from shared blocks. A typed array of more than a few dozen bytes gets memory of its own
 * outside the JavaScript heap, and at 50,000 articles allocating and later freeing those took a
 * good share of a rebuild; a view into a block costs an object only. A block is freed once no
 * view into it is left.
 */
const BLOCK = 1 << 14;

let block = new Uint32Array(BLOCK);
let used = 0;

/** A copy of `values` in a shared block (arrays of a quarter block or more get their own). */
export function keep(values: Uint32Array): Uint32Array {
  const n = values.length;
  if (n * 4 >= BLOCK) return values.slice();
  if (used + n > BLOCK) {
    block = new Uint32Array(BLOCK);
    used = 0;
  }
  const out = block.subarray(used, used + n);
  out.set(values);
  used += n;
  return out;
}
