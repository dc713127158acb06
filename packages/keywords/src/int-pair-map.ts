/**
 * A hash map from pairs of non-negative 32-bit integers to non-negative 32-bit integers, in typed
 * arrays (open addressing, linear probing): n-gram tries and co-occurrence counts keyed by two ids
 * without allocating a key per lookup (a `Map` keyed `a · size + b` boxes every key above 2^31).
 */
export class IntPairMap {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private mask: number;
  private used = 0;

  /**
   * @param capacity Expected number of entries. Default `1024`.
   */
  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
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
    const slot = this.find(a, b);
    return this.firsts[slot] === -1 ? -1 : this.values[slot]!;
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
    const slot = this.find(a, b);
    if (this.firsts[slot] !== -1) return this.values[slot]!;
    this.insertAt(slot, a, b, value);
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
    const slot = this.find(a, b);
    if (this.firsts[slot] === -1) {
      this.insertAt(slot, a, b, 1);
      return 0;
    }
    return this.values[slot]!++;
  }

  private find(a: number, b: number): number {
    const firsts = this.firsts;
    const seconds = this.seconds;
    const mask = this.mask;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    for (;;) {
      const first = firsts[slot]!;
      if (first === -1 || (first === a && seconds[slot] === b)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private insertAt(slot: number, a: number, b: number, value: number): void {
    this.firsts[slot] = a;
    this.seconds[slot] = b;
    this.values[slot] = value;
    if (++this.used * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const slots = (this.mask + 1) * 2;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i < firsts.length; i++) {
      const a = firsts[i]!;
      if (a === -1) continue;
      const slot = this.find(a, seconds[i]!);
      this.firsts[slot] = a;
      this.seconds[slot] = seconds[i]!;
      this.values[slot] = values[i]!;
    }
  }
}
