import { INITIAL, type WordIndex } from './index-words.js';
import { IntPairMap } from './int-pair-map.js';

/**
 * Pools phrase occurrences of a {@link WordIndex} by their key ids (lemma or norm ids) and picks
 * the most frequent surface form of each—what `PhrasePool` does with strings, on integers: an
 * n-gram is a node of a trie over key ids (nodes `0 … keyCount − 1` are the single keys). An occurrence
 * written like the candidate's first one (the usual case) only adds to that form's weight; other
 * written forms are told apart as nodes of a trie over text ids. No key or surface string is built
 * per occurrence. Candidates are numbered in order of first occurrence, as `PhrasePool` lists them.
 */
export class IndexedPhrasePool {
  /** Per candidate: position of its first occurrence's first word in the index. */
  readonly firsts: number[] = [];
  /** Per candidate: its length in words. */
  readonly lengths: number[] = [];
  /** Per candidate: occurrences. */
  readonly counts: number[] = [];
  /** Per candidate: its key-trie node. */
  readonly nodes: number[] = [];
  private readonly index: WordIndex;
  private readonly keys: Int32Array;
  private readonly children: IntPairMap;
  /** Per key-trie node: its candidate (−1: none) and its parent node (−1: a single key). */
  private nodeCandidates: Int32Array;
  private nodeParents: Int32Array;
  private nodeCount: number;
  /** Per candidate: weight of the form of its first occurrence. */
  private readonly firstWeights: number[] = [];
  /** Per candidate: its first other written form (a variant), −1 when none. */
  private readonly candidateVariants: number[] = [];
  private readonly surfaceChildren = new IntPairMap(64);
  private surfaceNodes: number;
  private readonly variants = new IntPairMap(64);
  private readonly variantWeights: number[] = [];
  private readonly variantFirsts: number[] = [];
  private readonly variantNext: number[] = [];
  /** Phrases already spelled out. */
  private readonly phrases = new Map<number, string>();

  /**
   * @param index The word index.
   * @param keys Per word of the index: its key id (`index.lemmas` or `index.norms`, or local ids).
   * @param keyCount Number of key ids. Default: the size of the index's string table.
   */
  constructor(index: WordIndex, keys: Int32Array, keyCount = index.strings.strings.length) {
    this.index = index;
    this.keys = keys;
    const size = keyCount;
    this.children = new IntPairMap(Math.max(1024, keys.length >> 1));
    this.nodeCount = size;
    this.nodeCandidates = new Int32Array(size + keys.length).fill(-1);
    this.nodeParents = new Int32Array(size + keys.length).fill(-1);
    this.surfaceNodes = index.strings.strings.length;
  }

  /**
   * Records the phrases `start … end − 1` for every `end` in `start + minLength … maxEnd` whose
   * last word may end a phrase (`ends[end − 1] === 1`; default: every word), walking the key trie once.
   *
   * @param start Position of the first word.
   * @param maxEnd Largest end (exclusive).
   * @param minLength Shortest phrase recorded.
   * @param ends Per word of the index: 1 when a phrase may end with it.
   */
  addFrom(start: number, maxEnd: number, minLength: number, ends?: Uint8Array): void {
    const keys = this.keys;
    let node = keys[start]!;
    for (let end = start + 1; end <= maxEnd; end++) {
      const recorded = end - start >= minLength && (ends === undefined || ends[end - 1] === 1);
      // The longest phrase needs its trie node only when it is recorded.
      if (!recorded && end === maxEnd) break;
      if (end > start + 1) node = this.child(node, keys[end - 1]!);
      if (recorded) this.record(node, start, end);
    }
  }

  /**
   * The candidate of a key-trie node's parent (the phrase without its last word).
   *
   * @param candidate A candidate.
   * @returns Its parent's candidate, or −1 when the parent is no candidate.
   */
  parentOf(candidate: number): number {
    const parent = this.nodeParents[this.nodes[candidate]!]!;
    return parent < 0 ? -1 : this.nodeCandidates[parent]!;
  }

  /**
   * The surface form of a candidate: its most weighted written form (sentence-initial occurrences
   * weigh 1, others 2; ties by code-unit order).
   *
   * @param candidate A candidate.
   * @returns The phrase.
   */
  phraseOf(candidate: number): string {
    const known = this.phrases.get(candidate);
    if (known !== undefined) return known;
    const length = this.lengths[candidate]!;
    let best = this.surfaceOf(this.firsts[candidate]!, length);
    let bestWeight = this.firstWeights[candidate]!;
    for (let variant = this.candidateVariants[candidate]!; variant >= 0; variant = this.variantNext[variant]!) {
      const weight = this.variantWeights[variant]!;
      if (weight < bestWeight) continue;
      const surface = this.surfaceOf(this.variantFirsts[variant]!, length);
      if (weight > bestWeight || surface < best) {
        best = surface;
        bestWeight = weight;
      }
    }
    this.phrases.set(candidate, best);
    return best;
  }

  private surfaceOf(first: number, length: number): string {
    const strings = this.index.strings.strings;
    const texts = this.index.texts;
    let surface = strings[texts[first]!]!;
    for (let i = first + 1; i < first + length; i++) surface += ` ${strings[texts[i]!]!}`;
    return surface;
  }

  private child(node: number, key: number): number {
    const next = this.nodeCount;
    const found = this.children.getOrInsert(node, key, next);
    if (found === next) {
      if (next === this.nodeParents.length) {
        const candidates = new Int32Array(next * 2).fill(-1);
        candidates.set(this.nodeCandidates);
        this.nodeCandidates = candidates;
        const parents = new Int32Array(next * 2);
        parents.set(this.nodeParents);
        this.nodeParents = parents;
      }
      this.nodeParents[next] = node;
      this.nodeCount++;
    }
    return found;
  }

  private record(node: number, start: number, end: number): void {
    let candidate = this.nodeCandidates[node]!;
    if (candidate < 0) {
      candidate = this.counts.length;
      this.nodeCandidates[node] = candidate;
      this.firsts.push(start);
      this.lengths.push(end - start);
      this.counts.push(0);
      this.nodes.push(node);
      this.firstWeights.push(0);
      this.candidateVariants.push(-1);
    }
    this.counts[candidate]!++;
    // Sentence-initial occurrences weigh less: their capital may be positional only.
    const weight = (this.index.flags[start]! & INITIAL) !== 0 ? 1 : 2;
    const texts = this.index.texts;
    const first = this.firsts[candidate]!;
    let same = true;
    for (let i = 0; same && i < end - start; i++) same = texts[first + i] === texts[start + i];
    if (same) {
      this.firstWeights[candidate]! += weight;
      return;
    }
    let surface = texts[start]!;
    for (let i = start + 1; i < end; i++) {
      const found = this.surfaceChildren.getOrInsert(surface, texts[i]!, this.surfaceNodes);
      if (found === this.surfaceNodes) this.surfaceNodes++;
      surface = found;
    }
    const variant = this.variants.getOrInsert(surface, candidate, this.variantWeights.length);
    if (variant === this.variantWeights.length) {
      this.variantWeights.push(0);
      this.variantFirsts.push(start);
      this.variantNext.push(this.candidateVariants[candidate]!);
      this.candidateVariants[candidate] = variant;
    }
    this.variantWeights[variant]! += weight;
  }
}
