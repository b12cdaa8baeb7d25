// Every write bumps the graph version, so cached analytics know they are stale; an API
// write also leaves one ChangeEvent in the change log, in the same transaction: the
// version it made, the day (the app's clock), who wrote it, the change facts it wrote
// (`start|<tie key>`, `end|<tie key>`, `added|<person id>`, `status|<tender id>|<day>`)
// and the ties it deleted (JSON). The live stream and webhooks read the log; the change
// feed uses it to tell what was recorded when (modules/changes).
// A write that knows exactly what it touched also leaves its footprint (rules/write-
// footprint.ts), kept as `<version>|<JSON>` in the last $kept of GraphMeta.footprints:
// readers re-read only what the writes since their version touched.
// Params: $log (null, or {on: Date, by: string or null, facts: [string], removed: [string]}),
// $footprint (JSON string, or null: none), $kept (int).
// Returns: version.
MERGE (m:GraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.updatedAt = datetime()
// A second SET: it reads the version the first one wrote.
SET m.footprints = CASE WHEN $footprint IS NULL THEN m.footprints
                        ELSE (coalesce(m.footprints, []) + [toString(m.version) + '|' + $footprint])[-$kept..] END
WITH m
CALL (m) {
  WITH m WHERE $log IS NOT NULL AND (size($log.facts) > 0 OR size($log.removed) > 0)
  CREATE (:ChangeEvent {version: m.version, on: $log.on, at: datetime(), by: $log.by,
                        facts: $log.facts, removed: $log.removed})
}
RETURN m.version AS version
