export function betaHelper(): string {
  return 'beta';
}
