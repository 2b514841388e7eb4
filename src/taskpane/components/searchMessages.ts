// What the pane says about search results; the pane reads the count out while the results load separately.

export function matchCount(count: number): string {
  return count === 1 ? "1 match" : `${count} matches`;
}

export function noMatches(query: string): string {
  return `No language matches “${query.trim()}”.`;
}
