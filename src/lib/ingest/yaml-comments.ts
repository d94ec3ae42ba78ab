import { Parser } from 'yaml';

/** A comment of a YAML text, `#` included, and where it starts. */
export interface YamlComment {
  offset: number;
  source: string;
}

/**
 * The comments of a YAML text, in the order they stand. Read from the parser's
 * concrete syntax tree, so a `#` inside a quoted value is not taken for one.
 */
export function yamlComments(text: string): YamlComment[] {
  const found: YamlComment[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') found.push({ offset: token.offset, source: token.source });
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk([...new Parser().parse(text)]);
  return found.sort((a, b) => a.offset - b.offset);
}
