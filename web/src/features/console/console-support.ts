// The console's default tabs are the README's example questions, read from the README at
// build time so the two can never drift apart.

export interface ExampleTab {
  title: string;
  query: string;
}

/** Each ```graphql block, titled by the sentence before it (up to its colon). */
export function examplesFromMarkdown(markdown: string): ExampleTab[] {
  const out: ExampleTab[] = [];
  const block = /```graphql\n([\s\S]*?)```/g;
  let match: RegExpExecArray | null;
  while ((match = block.exec(markdown))) {
    const before = markdown.slice(0, match.index).trimEnd();
    const lastParagraph = before.slice(before.lastIndexOf('\n\n') + 2).replace(/\s+/g, ' ').trim();
    const title = lastParagraph.replace(/:$/, '').replace(/\s*\(.*?\)\s*$/, '').trim() || `Example ${out.length + 1}`;
    out.push({ title, query: `# ${title}\n${match[1]!.trimEnd()}\n` });
  }
  return out;
}
