/**
 * graphology's plugins are CommonJS with `export default` typings. Under NodeNext,
 * TypeScript types a default import of them as the module object while Node hands over
 * `module.exports` itself, so this picks whichever is really there.
 */
export function cjsDefault<T>(module: { default: T }): T {
  const inner = (module as { default?: T }).default;
  return inner ?? (module as unknown as T);
}
