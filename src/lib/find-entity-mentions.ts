import { leftmostLongest } from './leftmost-longest.ts';
import { createMatcher, type Matcher } from './multi-pattern-matcher.ts';

/** What the matcher needs of an entity: its id and every way the captures write it. */
export interface EntityNames {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface EntityMention {
  start: number;
  end: number;
  entity: string;
  exact: string;
}

export interface EntityFinder {
  find(text: string): EntityMention[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/**
 * Builds, once, a finder of every entity's name and aliases in a text: one
 * pass of a multi-pattern matcher, whole words only (no « X » inside
 * « Xavier », no « Open » inside « OpenAI »), the longest name winning where
 * names overlap (« OpenAI LP » over « OpenAI »). Case-sensitive: case carries
 * the meaning of « X » and « Free ».
 */
export function createEntityFinder(entities: readonly EntityNames[]): EntityFinder {
  const patterns: string[] = [];
  const owners: string[] = [];
  for (const entity of entities) {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      patterns.push(name);
      owners.push(entity.id);
    }
  }
  // Any white space matches any other (« Elon\u00A0Musk » is « Elon Musk »); one character for one keeps offsets.
  const spaced = (text: string) => text.replace(/\s/gu, ' ');
  const matcher: Matcher = createMatcher(patterns.map(spaced));
  return {
    find(text) {
      const candidates = matcher
        .search(spaced(text))
        .filter((match) => !isWordChar(text[match.start - 1]) && !isWordChar(text[match.end]));
      return leftmostLongest(candidates).map((match) => ({
        start: match.start,
        end: match.end,
        entity: owners[match.pattern]!,
        exact: text.slice(match.start, match.end),
      }));
    },
  };
}
