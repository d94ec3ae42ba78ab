/** The number of single-character edits between two strings (Levenshtein). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known ids to suggest for one that is not known, closest first: every
 * id of a small dossier, the few nearest in a large one (a list of thousands
 * would drown the message).
 *
 * `closestIds('sciencepost', ['sciencepost-consortium-musk-openai', 'digimedia-openai-rejette-offre'])` → both, the first first
 */
export function closestIds(wanted: string, known: readonly string[], most = 5): string[] {
  const ranked = known
    .map((id) => ({ id, score: id.startsWith(wanted) || wanted.startsWith(id) ? 0 : distance(wanted, id) }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return ranked.slice(0, most).map((entry) => entry.id);
}
