import type { RemovedKind } from '../schemas.ts';
import type { LabeledBlock } from './segment-capture.ts';

/** A run of the capture that is not article text. */
export interface RemovedSpan {
  start: number;
  end: number;
  kind: RemovedKind;
  /** Whether the run goes to the end of the capture. */
  toEnd: boolean;
}

/**
 * The removed blocks as runs: consecutive blocks of one kind make one run
 * (a share bar, a comment form), except each copy of a repeated title, which
 * an editor quotes on its own. The last run goes `toEnd` when nothing but
 * white space follows it.
 */
export function removedRuns(blocks: readonly LabeledBlock[], capture: string): RemovedSpan[] {
  const runs: (RemovedSpan & { blocks: number; afterArticle: boolean })[] = [];
  let previous: LabeledBlock['role'] | undefined;
  for (const block of blocks) {
    const last = runs.at(-1);
    if (block.role === 'article') {
      previous = 'article';
    } else if (last && previous === block.role && block.role !== 'title') {
      last.end = block.end;
      last.blocks++;
    } else {
      runs.push({ start: block.start, end: block.end, kind: block.role, toEnd: false, blocks: 1, afterArticle: previous === 'article' });
      previous = block.role;
    }
  }
  // One line of another kind inside a widget is part of it (« S’abonner » in a comment form); the merged run may take in the next line too.
  const merged = runs.slice(0, 1);
  for (let i = 1; i < runs.length; i++) {
    const [before, one, after] = [merged.at(-1)!, runs[i]!, runs[i + 1]];
    if (after && one.blocks === 1 && before.kind === after.kind && before.kind !== 'title' && !one.afterArticle && !after.afterArticle) {
      before.end = after.end;
      before.blocks += 1 + after.blocks;
      i++;
    } else {
      merged.push(one);
    }
  }
  const last = merged.at(-1);
  if (last && blocks.at(-1)?.role !== 'article' && capture.slice(last.end).trim() === '') last.toEnd = true;
  return merged.map(({ start, end, kind, toEnd }) => ({ start, end, kind, toEnd }));
}
