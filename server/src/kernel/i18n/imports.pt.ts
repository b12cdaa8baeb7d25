/**
 * Imports in Portuguese of Portugal and of Brazil (`ficheiro`/`arquivo`,
 * `pasta` in both, `registo`/`registro`). Column names, node labels, tie types and the
 * words a file must hold stay as the file writes them. Same ids as imports.en.ts.
 */
import type { importsEn } from './imports.en.js';
import { pick, type Variant } from './portuguese.js';


function build(v: Variant): Record<keyof typeof importsEn, string> {
  const file = pick(v, 'o ficheiro', 'o arquivo');
  const database = pick(v, 'na base de dados', 'no banco de dados');
  const record = pick(v, 'registo', 'registro');
  const counts = '{created} criados, {updated} atualizados, {unchanged} sem alterações';
  const digits = pick(v, 'algarismos', 'dígitos');
  const trials = pick(v, '{count, plural, one {# ensaio} other {# ensaios}}', '{count, plural, one {# estudo clínico} other {# estudos clínicos}}');
  const jsonNotTrials = 'é JSON mas não são estudos da API v2 do ClinicalTrials.gov';

  return {
    'import.notFolder': 'não é uma pasta',
    'import.noFiles': 'não contém {nodes} nem {ties}',
    'import.idUsed': 'o id "{id}" já é usado na linha {earlier}',
    'import.duplicateTie': 'o mesmo vínculo {type} {from} -> {to} está na linha {earlier}',
    'import.headerLacks': `${pick(v, 'falta ao cabeçalho', 'o cabeçalho não tem')} {count, plural, one {a coluna} other {as colunas}} {missing} (precisa de {required} primeiro)`,
    'import.brokenCsv': 'CSV inválido: {detail}',
    'import.emptyFile': 'está vazio (sem linha de cabeçalho)',
    'import.emptyCell': 'está vazio',
    'import.notNodeType': '"{type}" não é um tipo de nó',
    'import.notTieType': '"{type}" não é um tipo de vínculo',
    'import.typeClash': `o id "{id}" já é um nó {stored} ${database}, não um {type}`,
    'import.unknownEnd': `"{id}" não está em {nodes} nem ${database}`,
    'import.wrongEnd': `um vínculo {type} não pode {end, select, from {começar} other {terminar}} ${pick(v, 'num', 'em um')} nó {label} ("{id}"); permitidos: {allowed}`,
    'import.rejected': 'Importação rejeitada, nada foi gravado. {count, plural, one {# problema} other {# problemas}}:',
    'import.more': '... e mais {count}',
    'import.done': 'Pasta {folder} importada: {nodeRows} linhas de nós, {tieRows} linhas de vínculos.',
    'import.doneNodes': `  nós: ${counts}`,
    'import.doneTies': `  vínculos: ${counts}`,
    'import.reading': `${pick(v, 'a ler', 'lendo')} {file} ({percent}%), linhas`,
    'import.writing': `${pick(v, 'a gravar', 'gravando')} {phase, select, nodes {nós} ties {vínculos} other {{phase}}}`,

    'position.line': 'linha {line}',
    'position.lineColumn': 'linha {line}, coluna {column}',

    'evidenceFile.unknownFormat':
      'não é PubMed XML, texto MEDLINE, JSON do ClinicalTrials.gov nem um CSV de congresso (event,date,city,session,role,name,affiliation,topic)',
    'evidenceFile.notFound': 'não existe',
    'evidenceFile.empty': 'está vazio',
    'evidenceFile.xmlBroken': 'não é XML bem formado: {detail}',
    'evidenceFile.xmlTruncated': `termina antes de o XML estar completo (${file} parece truncado): {detail}`,
    'evidenceFile.xmlNotPubmed': 'é XML mas não um PubmedArticleSet (a raiz é <{root}>)',
    'evidenceFile.jsonStartsWith': 'não é JSON válido: começa por "{first}"',
    'evidenceFile.jsonBroken': `não é JSON válido: {detail} ({studies, plural, =0 {antes do primeiro estudo} other {depois do estudo {studies}}}; ${file} pode estar truncado)`,
    'evidenceFile.jsonNoStudies': `${jsonNotTrials}: não tem uma lista "studies" de estudos`,
    'evidenceFile.jsonEmptyList': `${jsonNotTrials}: uma lista vazia`,
    'evidenceFile.jsonNoProtocol': `${jsonNotTrials}: {record} não tem protocolSection`,
    'evidenceFile.csvBroken': 'não é CSV válido: {detail}',
    'evidenceFile.csvMissingColumns':
      'não tem {count, plural, one {a coluna} other {as colunas}} {columns} (um CSV de congresso tem event,date,city,session,role,name,affiliation,topic)',
    'evidenceRecord.missing': 'não tem {field}',
    'evidenceRecord.noNumericPmid': 'não tem um MedlineCitation/PMID numérico',
    'evidenceRecord.pmidNotFirst': `não tem PMID na primeira linha do ${record}`,
    'evidenceRecord.badDate': '{field} "{value}" não é uma data (AAAA-MM-DD)',
    'evidenceRecord.badRole': 'o papel "{value}" não é nenhum de chair, co-chair, moderator, speaker, presenter, lecturer, panelist, panellist, discussant',
    'evidenceRecord.badNctId': `o nctId "{value}" não é um id NCT válido (NCT e 8 ${digits})`,
    'evidenceRecord.badPmid': `o PMID "{value}" não é um id PubMed válido (${digits})`,

    'evidenceReport.rejected': '{name}: rejeitado, nada foi gravado a partir dele. {error}',
    'evidenceReport.file': `{name} ({format}): {works} trabalhos; nós {nodesCreated} criados, {nodesUpdated} atualizados, {nodesUnchanged} sem alterações; vínculos {tiesCreated} criados, {tiesUpdated} atualizados, {tiesUnchanged} sem alterações; nomes {matched} identificados, {unmatched} ${pick(v, 'para rever', 'para revisão')} ({newNames} novos)`,
    'evidenceReport.suggestions': 'sugestões de vínculos: {created} novas, {updated} atualizadas (lidas as evidências de {people} pessoas)',
    'evidenceReport.checking': `${pick(v, 'a verificar {file}', 'verificando {file}')}, bytes`,
    'evidenceReport.writing': `${pick(v, 'a gravar {file}', 'gravando {file}')}, trabalhos`,
    'evidenceReport.proposing': `${pick(v, 'a propor vínculos', 'propondo vínculos')}, pessoas`,

    'upload.fileName': `envie o nome ${pick(v, 'do ficheiro', 'do arquivo')} no cabeçalho X-File-Name (codificado como URI, sem pastas).`,
    'upload.busy': pick(
      v,
      'está a ser importado outro ficheiro de evidência; envie este quando esse terminar.',
      'outro arquivo de evidência está sendo importado; envie este quando ele terminar.',
    ),
    'upload.failed': `a importação falhou no servidor; ${pick(v, 'veja o registo do servidor', 'veja o log do servidor')}.`,
    'upload.tooLarge': `{name} ultrapassa o limite de envio de {limit} (EVIDENCE_UPLOAD_MAX_MB); importe-o com npm run evidence -- <file>.`,
    'upload.megabytes': '{count} MB',
    'upload.bytes': '{count} bytes',

    'suggestion.co_authored': 'coautoria em {count, plural, one {# publicação} other {# publicações}}',
    'suggestion.co_investigated': `${pick(v, 'investigaram', 'pesquisaram')} juntos em ${trials}`,
    'suggestion.shared_session': 'falaram juntos em {count, plural, one {# sessão} other {# sessões}} de congresso',
    'suggestion.senior_author_over_first_author': `autor ${pick(v, 'sénior', 'sênior')} de {count, plural, one {# publicação} other {# publicações}} que o outro escreveu como primeiro autor`,
    'suggestion.principal_investigator_over_site_investigator': `liderou ${trials} em que o outro ${pick(v, 'investigou num centro', 'pesquisou em um centro')}`,
  };
}

export const importsPtPT = build('PT');
export const importsPtBR = build('BR');
