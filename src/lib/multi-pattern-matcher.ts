/** A match of pattern `pattern` (its index) at `[start, end)`. */
export interface PatternMatch {
  start: number;
  end: number;
  pattern: number;
}

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Indexes of the patterns that end here (its own and, through `fail`, shorter ones). */
  out: number[];
}

/**
 * An Aho–Corasick automaton: finds every occurrence of every pattern in one
 * pass over the text, whatever the number of patterns. Case-sensitive.
 *
 * `createMatcher(['Musk', 'Elon Musk']).search('Elon Musk')` → both matches
 */
export interface Matcher {
  search(text: string): PatternMatch[];
}

export function createMatcher(patterns: readonly string[]): Matcher {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  const lengths = patterns.map((pattern) => pattern.length);
  patterns.forEach((pattern, index) => {
    if (pattern === '') return;
    let state = 0;
    for (const char of pattern) {
      let next = nodes[state]!.next.get(char);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ next: new Map(), fail: 0, out: [] });
        nodes[state]!.next.set(char, next);
      }
      state = next;
    }
    nodes[state]!.out.push(index);
  });
  // Breadth-first: each node's failure link points to the longest proper suffix that is a prefix.
  const queue: number[] = [...nodes[0]!.next.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [char, child] of nodes[state]!.next) {
      let fail = nodes[state]!.fail;
      while (fail !== 0 && !nodes[fail]!.next.has(char)) fail = nodes[fail]!.fail;
      const target = nodes[fail]!.next.get(char);
      nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
      nodes[child]!.out.push(...nodes[nodes[child]!.fail]!.out);
      queue.push(child);
    }
  }
  return {
    search(text) {
      const matches: PatternMatch[] = [];
      let state = 0;
      // Iterate by code unit offsets while stepping by code points, as patterns were built.
      for (let i = 0; i < text.length; ) {
        const char = String.fromCodePoint(text.codePointAt(i)!);
        while (state !== 0 && !nodes[state]!.next.has(char)) state = nodes[state]!.fail;
        state = nodes[state]!.next.get(char) ?? 0;
        i += char.length;
        for (const pattern of nodes[state]!.out) matches.push({ start: i - lengths[pattern]!, end: i, pattern });
      }
      return matches;
    },
  };
}
