/**
 * The API's refusals and field errors in Portuguese of Portugal and of Brazil: one text,
 * the words that differ written out per variant (`utilizador`/`usuário`,
 * `equipa`/`equipe`, `registar`/`registrar`, `concurso público`/`licitação`,
 * `gestor`/`gerente`, `âmbito`/`escopo`). Field and argument names, enum values and node
 * labels stay as the API spells them. Same ids as errors.en.ts.
 */
import type { errorsEn } from './errors.en.js';
import { pick, type Variant } from './portuguese.js';


function build(v: Variant): Record<keyof typeof errorsEn, string> {
  const user = pick(v, 'utilizador', 'usuário');
  const users = pick(v, 'utilizadores', 'usuários');
  const team = pick(v, 'equipa', 'equipe');
  const manager = pick(v, 'gestor', 'gerente');
  const record = pick(v, 'registar', 'registrar');
  const recorded = pick(v, 'registado', 'registrado');
  const scope = pick(v, 'âmbito', 'escopo');
  const request = pick(v, 'do pedido', 'da solicitação');
  const signIn = pick(v, 'inicie sessão', 'faça login');
  const signInAgain = pick(v, 'inicie sessão novamente', 'faça login novamente');
  const file = pick(v, 'ficheiros', 'arquivos');
  const receiver = pick(v, 'recetor', 'receptor');
  const dossier = pick(v, 'dossier', 'dossiê');
  const managerTeam = (words: string) => `{manager, select, yes {${words}} other {}}`;
  const tender = pick(v, 'concurso público', 'licitação');
  const aTender = pick(v, 'nenhum concurso público', 'nenhuma licitação');

  return {
    'api.notFound': `não existe {kind, select, person {nenhuma pessoa} user {nenhum ${user}} personOrUser {nenhuma pessoa nem ${user}} tender {${aTender}} territory {nenhum território} institution {nenhuma instituição} committee {nenhuma comissão} therapeuticArea {nenhuma área terapêutica} other {nenhum nó}} com o id "{id}"`,
    'api.unavailable': pick(
      v,
      'A base de dados está indisponível neste momento; o pedido não foi executado. Tente de novo dentro de alguns segundos.',
      'O banco de dados está indisponível no momento; a solicitação não foi executada. Tente novamente em alguns segundos.',
    ),
    'api.rateLimited': pick(
      v,
      'Demasiados pedidos: tente de novo dentro de {seconds} s. O limite é por utilizador (RATE_LIMIT_PER_MINUTE).',
      'Solicitações demais: tente novamente em {seconds} s. O limite é por usuário (RATE_LIMIT_PER_MINUTE).',
    ),
    'api.internal': pick(v, 'Erro interno do servidor: os pormenores estão no registo do servidor.', 'Erro interno do servidor: os detalhes estão no log do servidor.'),
    'api.wholeNumberRange': 'deve ser um número inteiro de {min} a {max}, recebido: {got}',
    'api.range': 'deve estar entre {min} e {max}, recebido: {got}',
    'api.readOnly': `Os estrategas só têm acesso de leitura: peça esta alteração a um KAM, ${manager} ou administrador.`,
    'api.adminOnly': `Só os administradores podem {action, select, setUserRole {atribuir papéis aos ${users}} createWebhook {${record} webhooks} deleteWebhook {${pick(v, 'apagar', 'excluir')} webhooks} readWebhooks {ver os webhooks} readAuditLog {ler o ${pick(v, 'registo', 'registro')} de auditoria} exportPersonData {exportar os dados de uma pessoa} erasePersonalData {apagar dados pessoais} importEvidence {importar ${file} de evidência} other {fazer isto}}.`,
    'api.outsideTerritories': '"{id}" está fora dos seus territórios.',
    'api.date': 'Date deve ser uma data do calendário escrita AAAA-MM-DD, recebido: {got}',
    'api.cursorForeign': 'não é um cursor dado por esta API; use o cursor de uma aresta ou o pageInfo.endCursor da mesma consulta',
    'api.cursorOtherList': `vem de outra lista ou de outro filtro que não {list}(...); ${pick(v, 'pergunte de novo', 'consulte novamente')} sem after, ou com um cursor desta mesma consulta`,

    'auth.signInFirst': `${pick(v, 'Inicie sessão', 'Faça login')} primeiro: {reason}`,
    'auth.noBearer': `envie "Authorization: Bearer <token>" (npm run token -- <userId> gera um) ou ${signIn} com a sua conta da empresa.`,
    'auth.expired': `a sua sessão expirou; ${signInAgain}.`,
    'auth.cliExpired': 'o token expirou; peça um novo (npm run token).',
    'auth.invalid': 'o token não é válido para este servidor.',
    'auth.noUser': `o token não indica nenhum ${user}.`,
    'auth.unknownUser': `o token indica o ${user} "{userId}", que não existe (ou já não existe).`,
    'auth.noRole': `${pick(v, 'tem sessão iniciada como {who}', 'você entrou como {who}')}, mas o KAMgraph ainda não lhe atribuiu nenhum papel: peça a um administrador que lhe atribua um.`,
    'auth.providerUnreachable': pick(
      v,
      'não é possível contactar o fornecedor de identidade da empresa para verificar a sua sessão; tente de novo dentro de um minuto.',
      'não foi possível contatar o provedor de identidade da empresa para verificar o seu login; tente novamente em um minuto.',
    ),

    'http.invalidJson': `O corpo ${request} não é JSON válido: envie '{"query": "...", "variables": {...}}'.`,
    'http.tooLarge': `O corpo ${request} ultrapassa {limit}; envie variáveis ${pick(v, 'mais pequenas', 'menores')}.`,
    'http.badRequest': pick(v, 'Não foi possível ler o pedido.', 'Não foi possível ler a solicitação.'),
    'http.notFound': 'Não há nada aqui: a API está em /graphql, o estado do serviço em /health.',

    'value.notNumber': '"{text}" não é um número',
    'value.notBoolean': '"{text}" não é true/false',
    'value.notDate': '"{text}" não é uma data (AAAA-MM-DD)',
    'value.notOneOf': '"{text}" não é nenhum de {values}',
    'value.refusedMoneyBasis': `"{text}" não é ${recorded}: segundo os códigos da indústria da UE, de Portugal e do Brasil, ser influenciado por dinheiro é um sinal de alerta de suborno, não um dado; use commercial para vínculos com distribuidores e compras`,
    'value.mustBeText': 'deve ser texto',
    'value.mustBeNumber': 'deve ser um número',
    'value.mustBeBoolean': 'deve ser true ou false',
    'value.mustBeTextList': 'deve ser uma lista de textos',
    'value.notWhole': '{value} não é um número inteiro',
    'value.below': '{value} é inferior a {min}',
    'value.above': '{value} é superior a {max}',
    'value.blank': 'é obrigatório e não pode ficar em branco',
    'value.tooLong': 'tem mais de {max} caracteres',
    'value.required': 'é obrigatório',

    'error.idBlank': 'não pode ficar em branco',
    'error.untilBeforeSince': '{until} é anterior a since {since}',
    'error.sameEnds': 'um vínculo tem de ligar dois nós diferentes',
    'error.tieRelates': `uma fase da relação ${pick(v, 'regista-se', 'é registrada')} com setStage (com os critérios que a comprovam)`,
    'error.tieStance': `uma posição ${pick(v, 'regista-se', 'é registrada')} com setStance`,
    'error.tieWatches': `um ${user} acompanha algo com watch e unwatch`,
    'error.noSuchTie': 'não existe nenhum vínculo {type} {from} -> {to}{since, select, none { sem data since} other { desde {since}}}',
    'error.adminDeletes': `só os administradores ${pick(v, 'apagam', 'excluem')} um nó {type}.`,
    'error.noSuchNode': 'não existe nenhum nó com o id "{id}"',
    'error.wrongKind': '"{id}" é um nó {type}; esperava-se {expected}',
    'error.idTaken': '"{id}" já é um nó {type}',
    'error.linkRequired': `obrigatório, para que o que cria fique ${pick(v, 'num', 'em um')} dos seus territórios.`,

    'error.stanceValue': '{value} não é um número inteiro de -2 a 2',
    'error.ownStagesOnly': `pode ${record} as suas próprias fases da relação${managerTeam(` e as da sua ${team}`)}, não as de "{userId}".`,
    'error.inFuture': '{on} está no futuro',
    'error.stageNeedsCriteria': `{stage} precisa de {missing} (${pick(v, 'registados', 'registrados')} ou indicados aqui): uma fase é uma afirmação com provas`,
    'error.hiddenTieTypes': `{types} ${pick(v, '{count, plural, one {lê-se} other {leem-se}}', '{count, plural, one {é lido} other {são lidos}}')} no ${dossier}, nas interações ou nos planos da pessoa, não nos vínculos`,
    'error.powerOrder': `POWER precisa de filter.powerRankWithin: o ${scope} cujo equilíbrio de poder ordena as pessoas`,

    'error.sameFromTo': 'tem de ser diferente de fromId',
    'error.pathsFrom': `pode começar caminhos de apresentação a partir ${pick(v, 'de si', 'de você')} ({userId}) ou de pessoas, não a partir de "{fromId}".`,
    'error.unknownTieTypes': 'tipos de vínculo desconhecidos: {types}',
    'error.noSuchArea': 'não existe nenhuma área terapêutica com o id "{id}"',
    'error.oneScope': 'indique exatamente um de territoryId, institutionId, committeeId, tenderId, everywhere (recebidos: {count})',
    'error.everywhereOnly': 'só os administradores e os estrategas veem todos os territórios; pergunte por um dos seus territórios.',
    'error.accountScope': 'indique um territoryId ou um institutionId',
    'error.noSales': `não há vendas ${pick(v, 'registadas', 'registradas')} para as contas deste ${scope} (importe nós Sales FOR instituições)`,
    'error.noSalesPeriod': `não há vendas para "{period}"; períodos ${pick(v, 'registados', 'registrados')}: {periods}`,

    'error.planOwner': `o plano "{id}" pertence a {owner, select, none {ninguém} other {{owner}}}; só o responsável, o seu ${manager} ou um administrador ${pick(v, 'o podem alterar', 'podem alterá-lo')}.`,
    'error.planFor': `pode ${pick(v, 'planear para si', 'planejar para você')}${managerTeam(` ou para a sua ${team}`)}, não para "{ownerId}".`,
    'error.seeOwnPlans': `pode ver os seus próprios planos e agenda${managerTeam(` e os da sua ${team}`)}, não os de "{userId}".`,
    'error.noSuchPerson': 'não existe nenhuma pessoa com o id "{id}"',
    'error.noSuchUser': `não existe nenhum ${user} com o id "{id}"`,
    'error.noSuchPlan': 'não existe nenhum plano com o id "{id}"',
    'error.noSuchStep': 'não existe nenhum passo de plano com o id "{id}"',
    'error.noSuchProposal': 'não existe nenhuma proposta com o id "{id}"',
    'error.stageNotAbove': 'tem de estar acima da fase atual ({stage, select, none {ainda nenhuma} other {{stage}}})',
    'error.notAfterToday': '{on} não é posterior a hoje ({today})',
    'error.nobodyMet': 'indique pelo menos uma pessoa com quem se encontrou ou a quem se dirigiu',
    'error.toBeforeFrom': 'não pode ser anterior a from ({from})',
    'error.agendaSpan': 'a agenda abrange no máximo {days} dias',

    'error.reasonRequired': `${pick(v, 'diga porquê', 'diga o motivo')} (por exemplo, a referência ${request})`,
    'error.dossierWriters': `só o responsável por "{personId}", o seu ${manager} ou um administrador podem escrever o ${dossier}.`,
    'error.noticeRequired': 'o consentimento precisa do dia em que a pessoa foi informada (noticeOn) e de como (noticeMethod)',
    'error.noticeInFuture': `{on} é posterior a hoje ({today}); ${record} a informação depois de ser dada`,
    'error.retentionRange': 'deve ser um número inteiro de meses de {min} a {max}, recebido: {got}',

    'error.window': '{since, date, day} é posterior a until ({until, date, day}): indique um since igual ou anterior a until',
    'error.watchKind': `"{id}" é um nó {label}; acompanhe uma pessoa, instituição, comissão, ${tender} ou território`,
    'error.notWatched': 'não acompanha "{id}"',
    'error.ownAdminRole': `um administrador não pode retirar ${pick(v, 'a si próprio', 'de si mesmo')} o papel de administrador: peça a outro administrador`,
    'error.webhookUrl': `"{url}" não é ${pick(v, 'um URL', 'uma URL')} http(s)`,
    'error.webhookSelf': `"{url}" aponta para este próprio servidor KAMgraph; indique o endereço do ${receiver}`,
    'error.webhookSecret': `deve ter pelo menos {min} caracteres (ou ${pick(v, 'omita-o e é gerado um', 'omita e um será gerado')})`,
    'error.webhookKinds': 'as mudanças de posição no ranking comparam duas datas e não são enviadas; peça-as a changes(...) ou à caixa de entrada',
    'error.noSuchWebhook': 'não existe nenhum webhook com o id "{id}"',
    'error.notInCountryPack': `{value} não se usa no pacote de país {country} (COUNTRY_PACK={code}); ${pick(v, 'são aceites', 'são aceitos')}: {accepted}`,
    'webhook.httpStatus': `o ${receiver} respondeu HTTP {status}`,
    'webhook.timeout': 'sem resposta em {ms} ms',
    'webhook.unreachable': `não foi possível ${pick(v, 'contactar', 'contatar')} o ${receiver}: {cause}`,

    'error.suggestionType': 'as sugestões são KNOWS ou INFLUENCES',
    'error.withinScope': `precisa de um ${scope}: ambas as pessoas estão nele`,
    'review.notPending': `está {status, select, pending {pendente} merged {${pick(v, 'fundida', 'mesclada')}} created {criada} ignored {ignorada} other {{status}}}, ${pick(v, 'não à espera de decisão', 'não aguardando decisão')}`,
    'review.notOpen': `está {status, select, accepted {${pick(v, 'aceite', 'aceita')}} rejected {rejeitada} other {{status}}}, não aberta`,
    'review.noSuggestion': 'não existe nenhuma sugestão de vínculo com o id "{id}"',
    'review.noUnmatched': `não existe nenhuma pessoa ${pick(v, 'por identificar', 'não identificada')} com o id "{id}"`,
    'review.territoryRequired': 'obrigatório: escolha um dos seus territórios, para que a nova pessoa fique onde trabalha',
    'review.noInstitution': 'não existe nenhuma instituição com o id "{id}" entre as que pode ver',
    'review.leaveIdEmpty': `deixe em branco: ${pick(v, 'é criada uma nova pessoa', 'uma nova pessoa será criada')} (use mergeUnmatchedPerson para uma existente)`,
  };
}

export const errorsPtPT = build('PT');
export const errorsPtBR = build('BR');
