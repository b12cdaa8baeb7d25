export function buildReport(input: Record<string, unknown>) { return { json: input, markdown: '# stub\n', summary: 'stub' }; }
export function updateReadme(_md: string) {}
