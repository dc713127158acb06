/**
 * A hash map from pairs of non-negative 32-bit integers to non-negative 32-bit integers, in one
 * typed array (open addressing, linear probing; each slot holds first, second and value side by
 * side, so that a probe touches one cache line): n-gram tries and co-occurrence counts keyed by
 * two ids without allocating a key per lookup (a `Map` keyed `a · size + b` boxes every key above 2^31).
 */
export class IntPairMap {
  /** Slots of 4 integers: first (−1: empty), second, value, unused. */
  private table: Int32Array;
  private mask: number;
  private used = 0;

  /**
   * @param capacity Expected number of entries. Default `1024`.
   */
  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.table = new Int32Array(slots * 4).fill(-1);
    this.mask = slots - 1;
  }

  /** Number of entries. */
  get size(): number {
    return this.used;
  }

  /**
   * The value of a pair.
   *
   * @param a First integer (≥ 0).
   * @param b Second integer (≥ 0).
   * @returns Its value, or −1 when the pair is absent.
   */
  get(a: number, b: number): number {
    const at = this.find(a, b);
    return this.table[at] === -1 ? -1 : this.table[at + 2]!;
  }

  /**
   * The value of a pair, inserting `value` when the pair is absent.
   *
   * @param a First integer (≥ 0).
   * @param b Second integer (≥ 0).
   * @param value Value (≥ 0) to insert when absent.
   * @returns The pair's value (`value` when it was inserted).
   */
  getOrInsert(a: number, b: number, value: number): number {
    const at = this.find(a, b);
    if (this.table[at] !== -1) return this.table[at + 2]!;
    this.insertAt(at, a, b, value);
    return value;
  }

  /**
   * Adds one to the value of a pair (absent pairs count 0).
   *
   * @param a First integer (≥ 0).
   * @param b Second integer (≥ 0).
   * @returns The value before.
   */
  increment(a: number, b: number): number {
    const at = this.find(a, b);
    if (this.table[at] === -1) {
      this.insertAt(at, a, b, 1);
      return 0;
    }
    return this.table[at + 2]!++;
  }

  /** Offset of the slot of a pair, or of the empty slot where it belongs. */
  private find(a: number, b: number): number {
    const table = this.table;
    const mask = this.mask;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    for (;;) {
      const at = slot << 2;
      const first = table[at]!;
      if (first === -1 || (first === a && table[at + 1] === b)) return at;
      slot = (slot + 1) & mask;
    }
  }

  private insertAt(at: number, a: number, b: number, value: number): void {
    this.table[at] = a;
    this.table[at + 1] = b;
    this.table[at + 2] = value;
    if (++this.used * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    this.table = new Int32Array(slots * 4).fill(-1);
    this.mask = slots - 1;
    for (let at = 0; at < old.length; at += 4) {
      const a = old[at]!;
      if (a === -1) continue;
      const to = this.find(a, old[at + 1]!);
      this.table[to] = a;
      this.table[to + 1] = old[at + 1]!;
      this.table[to + 2] = old[at + 2]!;
    }
  }
}
