/**
 * What the data commands print, in Portuguese of Portugal and of Brazil (`ficheiro`/
 * `arquivo`, `base de dados`/`banco de dados`, `utilizador`/`usuário`, `a gravar`/
 * `gravando`). Options, commands, file names and environment variables stay as typed.
 * Same ids as cli.en.ts.
 */
import type { cliEn } from './cli.en.js';
import { pick, type Variant } from './portuguese.js';


function build(v: Variant): Record<keyof typeof cliEn, string> {
  const usage = 'Uso';
  const theDatabase = pick(v, 'a base de dados', 'o banco de dados');
  const emptyDatabase = pick(v, 'uma base de dados vazia', 'um banco de dados vazio');
  const file = pick(v, 'ficheiro', 'arquivo');
  const users = pick(v, 'Os utilizadores', 'Os usuários');
  const locale = '[--locale en|pt-PT|pt-BR]';
  const label = pick(v, 'a etiqueta', 'o label');
  const dossier = pick(v, 'dossier', 'dossiê');

  return {
    'cli.badLocale': '--locale deve ser en, pt-PT ou pt-BR, recebido: "{given}"',
    'cli.interrupted': `Interrompido; ${pick(v, 'a fechar', 'fechando')} ${theDatabase}...`,
    'cli.noUser': `Não existe nenhum ${pick(v, 'utilizador', 'usuário')} com o id "{userId}". ${users} são nós User (a demonstração tem user-admin, user-kam, user-manager, user-strategist).`,
    'cli.importUsage': `${usage}: npm run import -- <pasta> ${locale}   (a pasta contém nodes.csv e/ou ties.csv)`,
    'cli.exportUsage': `${usage}: npm run export -- <pasta> ${locale}   (escreve nodes.csv e ties.csv)`,
    'cli.exported': '{nodes} nós e {ties} vínculos exportados para {folder}',
    'cli.exportProgress': 'nós exportados',
    'cli.evidenceUsage': `${usage}: npm run evidence -- <${file}-ou-pasta>... [--areas <tabela.csv>] ${locale}\n  PubMed XML (efetch), texto MEDLINE (formato PubMed), JSON da API v2 do ClinicalTrials.gov e\n  CSV de congresso (event,date,city,session,role,name,affiliation,topic); o formato é ${pick(v, 'detetado', 'detectado')}\n  por ${file}. Um ${file} com erros é rejeitado por inteiro (com o ${file} e a posição indicados); importar de novo não altera nada.`,
    'cli.tokenUsage': `${usage}: npm run token -- <userId> [--ttl 30d] ${locale}   (por exemplo user-kam, user-manager, user-strategist, user-admin)`,
    'cli.tokenFor': 'Token para {name} ({role}); envie-o como "Authorization: Bearer <token>":',
    'cli.signInLink': `${pick(v, 'Ligação para entrar na aplicação web', 'Link para entrar no aplicativo web')}: {link}`,
    'cli.digestUsage': `${usage}: npm run digest -- <userId> [--since AAAA-MM-DD] ${locale}   (${pick(v, 'por omissão', 'padrão')}: desde a última leitura da caixa de entrada, na língua da shell)`,

    'backup.usage': `${usage}: npm run backup -- <${file}> ${locale}   (escreve o grafo inteiro como linhas JSON; ${pick(v, 'a aplicação pode continuar a correr', 'o aplicativo pode continuar rodando')})`,
    'restore.usage': `${usage}: npm run restore -- <${file}> ${locale}   (para ${emptyDatabase}; no fim confere as contagens)`,
    'backup.progress': 'nós + vínculos copiados',
    'restore.progress': 'nós + vínculos restaurados',
    'backup.unsupportedValue': `{where} contém um tipo de valor que a cópia de segurança ainda não sabe escrever (um ponto ou uma hora sem data); nada foi escrito.`,
    'backup.notEmpty': `${pick(v, 'A base de dados já contém', 'O banco de dados já contém')} {nodes} nós; ${pick(v, 'um restauro', 'uma restauração')} só escreve em ${emptyDatabase}. Aponte NEO4J_DATA para uma pasta vazia (ou NEO4J_URI para ${emptyDatabase}) e execute o comando de novo.`,
    'backup.notABackup': `{file} não é uma cópia de segurança do KAMgraph (a primeira linha não é um cabeçalho kamgraph-backup).`,
    'backup.unknownVersion': '{file} é uma cópia de segurança no formato versão {version}, que este KAMgraph não sabe ler.',
    'backup.truncated': `{file} termina antes da linha final: a cópia de segurança ficou incompleta. Nada foi restaurado; use outra cópia.`,
    'backup.streamMismatch': `A cópia de segurança escreveu {written} {what, select, ties {vínculos} other {nós com ${label} {label}}} mas ${theDatabase} contou {counted} na mesma transação; o ${file} está incompleto.`,
    'backup.countMismatch': `${pick(v, 'Depois do restauro', 'Depois da restauração')}, ${theDatabase} contém {found} {what, select, label {nós com ${label} "{name}"} type {vínculos do tipo "{name}"} other {nós no total}} onde a cópia de segurança tem {expected}. ${pick(v, 'O restauro está incompleto', 'A restauração está incompleta')}: esvazie ${theDatabase} e execute o comando de novo.`,
    'backup.done': '{nodes} nós e {ties} vínculos (versão do grafo {version}) copiados para {file}',
    'restore.done': `{nodes} nós e {ties} vínculos restaurados de {file}; as contagens por ${pick(v, 'etiqueta', 'label')} e por tipo de vínculo coincidem com as da cópia de segurança.`,

    'retention.nothing': 'Conservação em {today}: nada ultrapassou o prazo de conservação.',
    'retention.dryRun': `Conservação em {today} (simulação, nada ${pick(v, 'apagado', 'excluído')}): {count, plural, one {# pessoa tem} other {# pessoas têm}} dados de ${dossier} além do prazo de conservação:`,
    'retention.erased': `Conservação em {today}: ${pick(v, 'apagados', 'excluídos')} os dados de ${dossier} de {count, plural, one {# pessoa} other {# pessoas}}:`,
    'retention.line': `  {personId}  conservação terminada em {endedOn} ({basis, select, none {sem fundamento jurídico ${pick(v, 'registado', 'registrado')}} other {{basis}}})`,
  };
}

export const cliPtPT = build('PT');
export const cliPtBR = build('BR');
