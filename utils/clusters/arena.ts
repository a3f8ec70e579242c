/**
 * Small typed arrays for what an index keeps (an article's shingles and band keys, a story's
 * centroid), cut from shared blocks. A typed array of more than a few dozen bytes gets memory of
 * its own outside the JavaScript heap, and at 50,000 articles allocating and later freeing those
 * took a good share of a rebuild; a view into a block costs an object only. A block is freed once
 * no view into it is left.
 */
const BLOCK = 1 << 14;

type Typed = Uint32Array | Uint16Array;

/** Copies into blocks made by `make`: `keep(values, n)` copies `values[0, n)`. */
function blocks<A extends Typed>(make: (n: number) => A) {
  let block = make(BLOCK);
  let used = 0;
  return (values: Typed, n: number = values.length): A => {
    const out = n * 4 >= BLOCK ? make(n) : cut(n);
    for (let i = 0; i < n; i++) out[i] = values[i]!;
    return out;
  };
  function cut(n: number): A {
    if (used + n > BLOCK) {
      block = make(BLOCK);
      used = 0;
    }
    used += n;
    return block.subarray(used - n, used) as unknown as A;
  }
}

export const keep: (values: Uint32Array, n?: number) => Uint32Array = blocks(
  (n) => new Uint32Array(n),
);
export const keep16: (values: Uint16Array, n?: number) => Uint16Array = blocks(
  (n) => new Uint16Array(n),
);
