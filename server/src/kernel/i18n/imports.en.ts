/**
 * The English catalogue of imports (ICU MessageFormat): why a CSV folder or an evidence
 * file is rejected, naming the file and the row, line, column or record (positions are
 * joined to these in code: `nodes.csv:3 [kind]: ...`, `pubmed.xml (line 12, column 4): ...`),
 * what an import did, and why an evidence tie is suggested. Column names, node labels,
 * tie types and the words a file must hold are quoted as the file writes them. A detail
 * quoted from a parsing library (`{detail}`) stays in that library's English.
 *
 * `import.*` the CSV folder (npm run import), `evidenceFile.*` and `evidenceRecord.*` an
 * evidence file, `evidenceReport.*` what an evidence import did, `upload.*` the web
 * app's evidence upload, `suggestion.*` why a tie is suggested, `position.*` where in a file.
 */

export const importsEn = {
  // A CSV folder.
  'import.notFolder': 'is not a folder',
  'import.noFiles': 'holds neither {nodes} nor {ties}',
  'import.idUsed': 'id "{id}" is already used on line {earlier}',
  'import.duplicateTie': 'the same {type} tie {from} -> {to} is on line {earlier}',
  'import.headerLacks': 'header lacks {count, plural, one {column} other {columns}} {missing} (needs {required} first)',
  'import.brokenCsv': 'broken CSV: {detail}',
  'import.emptyFile': 'is empty (no header row)',
  'import.emptyCell': 'is empty',
  'import.notNodeType': '"{type}" is not a node type',
  'import.notTieType': '"{type}" is not a tie type',
  'import.typeClash': 'id "{id}" is already a {stored} in the database, not a {type}',
  'import.unknownEnd': '"{id}" is neither in {nodes} nor in the database',
  'import.wrongEnd': 'a {type} tie cannot {end, select, from {start at} other {end at}} a {label} ("{id}"); allowed: {allowed}',
  'import.rejected': 'Import rejected, nothing was written. {count, plural, one {# problem} other {# problems}}:',
  'import.more': '... and {count} more',
  'import.done': 'Imported {folder}: {nodeRows} node rows, {tieRows} tie rows.',
  'import.doneNodes': '  nodes: {created} created, {updated} updated, {unchanged} unchanged',
  'import.doneTies': '  ties:  {created} created, {updated} updated, {unchanged} unchanged',
  'import.reading': 'reading {file} ({percent}%), rows',
  'import.writing': 'writing {phase, select, nodes {nodes} ties {ties} other {{phase}}}',

  // Where in a file.
  'position.line': 'line {line}',
  'position.lineColumn': 'line {line}, column {column}',

  // An evidence file that cannot be imported.
  'evidenceFile.unknownFormat':
    'is neither PubMed XML, MEDLINE text, ClinicalTrials.gov JSON nor a congress CSV (event,date,city,session,role,name,affiliation,topic)',
  'evidenceFile.notFound': 'does not exist',
  'evidenceFile.empty': 'is empty',
  'evidenceFile.xmlBroken': 'is not well-formed XML: {detail}',
  'evidenceFile.xmlTruncated': 'ends before the XML is complete (the file looks truncated): {detail}',
  'evidenceFile.xmlNotPubmed': 'is XML but not a PubmedArticleSet (its root is <{root}>)',
  'evidenceFile.jsonStartsWith': 'is not valid JSON: starts with "{first}"',
  'evidenceFile.jsonBroken':
    'is not valid JSON: {detail} ({studies, plural, =0 {before the first study} other {after study {studies}}}; the file may be truncated)',
  'evidenceFile.jsonNoStudies': 'is JSON but not ClinicalTrials.gov API v2 studies: no "studies" list of studies',
  'evidenceFile.jsonEmptyList': 'is JSON but not ClinicalTrials.gov API v2 studies: an empty list',
  'evidenceFile.jsonNoProtocol': 'is JSON but not ClinicalTrials.gov API v2 studies: {record} has no protocolSection',
  'evidenceFile.csvBroken': 'is not valid CSV: {detail}',
  'evidenceFile.csvMissingColumns':
    'lacks the {count, plural, one {column} other {columns}} {columns} (a congress CSV has event,date,city,session,role,name,affiliation,topic)',
  'evidenceRecord.missing': 'has no {field}',
  'evidenceRecord.noNumericPmid': 'has no numeric MedlineCitation/PMID',
  'evidenceRecord.pmidNotFirst': 'has no PMID as the first line of the record',
  'evidenceRecord.badDate': '{field} "{value}" is not a date (YYYY-MM-DD)',
  'evidenceRecord.badRole': 'role "{value}" is not one of chair, co-chair, moderator, speaker, presenter, lecturer, panelist, panellist, discussant',
  'evidenceRecord.badNctId': 'nctId "{value}" is not a valid NCT id (NCT and 8 digits)',
  'evidenceRecord.badPmid': 'PMID "{value}" is not a valid PubMed id (digits)',

  // What an evidence import did.
  'evidenceReport.rejected': '{name}: rejected, nothing written from it. {error}',
  'evidenceReport.file':
    '{name} ({format}): {works} works; nodes {nodesCreated} created, {nodesUpdated} updated, {nodesUnchanged} unchanged; ties {tiesCreated} created, {tiesUpdated} updated, {tiesUnchanged} unchanged; names {matched} matched, {unmatched} for review ({newNames} new)',
  'evidenceReport.suggestions': "tie suggestions: {created} new, {updated} updated ({people} people's evidence read)",
  'evidenceReport.checking': 'checking {file}, bytes',
  'evidenceReport.writing': 'writing {file}, works',
  'evidenceReport.proposing': 'proposing ties, people',

  // The web app's upload (POST /evidence/upload).
  'upload.fileName': 'send the file name in the X-File-Name header (URI-encoded, no folders).',
  'upload.busy': 'another evidence file is being imported; send this one when it has finished.',
  'upload.failed': 'the import failed on the server; see the server log.',
  'upload.tooLarge': '{name} is larger than the upload limit of {limit} (EVIDENCE_UPLOAD_MAX_MB); import it with npm run evidence -- <file> instead.',
  'upload.megabytes': '{count} MB',
  'upload.bytes': '{count} bytes',

  // Why a tie is suggested, from the works two people share.
  'suggestion.co_authored': 'co-authored {count, plural, one {# publication} other {# publications}}',
  'suggestion.co_investigated': 'investigated together in {count, plural, one {# trial} other {# trials}}',
  'suggestion.shared_session': 'spoke in {count, plural, one {# congress session} other {# congress sessions}} together',
  'suggestion.senior_author_over_first_author': 'senior author of {count, plural, one {# publication} other {# publications}} they wrote first',
  'suggestion.principal_investigator_over_site_investigator': 'led {count, plural, one {# trial} other {# trials}} where they investigated at a site',
} as const satisfies Record<string, string>;
