/**
 * The Portuguese catalogues, pt-PT and pt-BR: one text, with the words and agreements
 * that differ between the two written out per variant (`equipa`/`equipe`,
 * `registo`/`registro`, `contacto`/`contato`, `concurso público`/`licitação`, whose
 * gender changes how a status agrees). Same ids as the English catalogue: the type and
 * test/unit/i18n-catalogue.test.ts fail when one is missing. "KAM" stays as it is.
 */
import type { EnglishMessages } from './messages.en.js';
import { pick, type Variant } from './portuguese.js';


function build(v: Variant): Record<keyof EnglishMessages, string> {
  const contact = pick(v, 'contacto', 'contato');
  const record = pick(v, 'registo', 'registro');
  const user = pick(v, 'utilizador', 'usuário');
  const sceptical = pick(v, 'céptica', 'cética');
  const expert = pick(v, 'perito', 'especialista');
  const specification = pick(v, 'caderno de encargos', 'termo de referência');
  const specAuthor = `autor do ${specification}`;
  const deleted = pick(v, 'apagado', 'excluído');
  const coalition = pick(v, 'coligação', 'coalizão');
  const coalitions = pick(v, 'coligações', 'coalizões');
  // A tender is "o concurso público" (pt-PT) but "a licitação" (pt-BR): its status agrees.
  const o = pick(v, 'o', 'a');

  const committeeRole = `{role, select, chair {preside} secretary {secretaria} expert {tem assento como ${expert} em} other {tem assento em}}`;
  const committeeRoleNoun = `{role, select, chair {presidente} secretary {secretário} expert {${expert}} other {membro}}`;
  const decisionRole = `{role, select, decision_maker {o decisor} specification_author {um ${specAuthor}} influencer {um influenciador} gatekeeper {o guardião do acesso} financial_evaluator {o avaliador financeiro} technical_evaluator {o avaliador técnico} user {um ${user}} champion {um defensor} blocker {um opositor} other {parte do grupo de decisão}}`;
  const roleName = (cap: boolean) => {
    const c = (word: string) => (cap ? word[0]!.toUpperCase() + word.slice(1) : word);
    return `{role, select, decision_maker {${c('decisor')}} specification_author {${c(specAuthor)}} influencer {${c('influenciador')}} gatekeeper {${c('guardião do acesso')}} financial_evaluator {${c('avaliador financeiro')}} technical_evaluator {${c('avaliador técnico')}} user {${c(user)}} champion {${c('defensor')}} blocker {${c('opositor')}} other {{roleWords}}}`;
  };
  const stance = (name: string) =>
    `{${name}, select, opposed {contrária} sceptical {${sceptical}} neutral {neutra} favourable {favorável} preferring {de preferência} other {desconhecida}}`;
  const stageWords = `contact {${contact}} acquaintance {conhecimento} loyalty {fidelização} near_friendly {quase amizade}`;
  const stage = (name: string) => `{${name}, select, ${stageWords} other {sem fase}}`;
  const stageRaw = `{stage, select, ${stageWords} other {{stage}}}`;
  const status = (name: string) =>
    `{${name}, select, planned {${pick(v, 'planeado', 'planejada')}} preparation {em preparação} announced {anunciad${o}} held {realizad${o}} awarded {${pick(v, 'adjudicado', 'homologada')}} cancelled {cancelad${o}} other {${pick(v, 'sem estado', 'sem status')}}}`;
  const position = `{position, select, none {${pick(v, 'do quadro', 'do quadro de pessoal')}} other {{position}}}`;
  const scope = `{scopeKind, select, everywhere {${pick(v, 'todo o grafo', 'o grafo inteiro')}} other {{scope}}}`;
  const tieWord = `{type, select, INFLUENCES {influência} KNOWS {conhecimento} REPORTS_TO {relação hierárquica} DRAFTS {redação do ${specification}} WORKS_AT {cargo} MEMBER_OF {lugar em comissão} ROLE_IN {papel no grupo de decisão} STANCE {posição} RELATES {fase da relação} other {vínculo}}`;
  const now = pick(v, 'é agora', 'agora é');
  const basis = '{basis, select, none {} hierarchy {, hierarquia} mentorship {, mentoria} science {, ciência} personal {, pessoal} commercial {, comercial} other {, {basis}}}';
  const year = '{year, select, none {sem data} other {{year}}}';
  const should = 'a proposta deve falar de {weighs}';

  return {
    'change.tieStarted.influences': `{from} {when, select, future {vai influenciar} other {influencia agora}} {to} (força {strength, number, ::.00}${basis})`,
    'change.tieStarted.knows': `{from} e {to} {when, select, future {vão conhecer-se} other {conhecem-se agora}}`,
    'change.tieStarted.reportsTo': '{from} {when, select, future {vai reportar} other {reporta agora}} a {to}',
    'change.tieStarted.drafts': `{from} {when, select, future {vai redigir} other {redige agora}} o ${specification} de {to}`,
    'change.tieEnded.influences': '{from} {when, select, future {deixará de influenciar {to} em {on, date, day}} other {já não influencia {to}}}',
    'change.tieEnded.knows': `{from} e {to} {when, select, future {perderão o ${contact} em {on, date, day}} other {já não estão em ${contact}}}`,
    'change.tieEnded.reportsTo': '{from} {when, select, future {deixará de reportar a {to} em {on, date, day}} other {já não reporta a {to}}}',
    'change.tieEnded.drafts': `{from} {when, select, future {deixará de redigir o ${specification} de {to} em {on, date, day}} other {já não redige o ${specification} de {to}}}`,
    'change.roleStarted.committee': `{person} {when, select, future {vai entrar em {at} em {on, date, day} como ${committeeRoleNoun}} other {${committeeRole} {at}}}`,
    'change.roleStarted.position': `{person} {when, select, future {vai começar como ${position} em {at} em {on, date, day}} other {${now} ${position} em {at}}}`,
    'change.roleStarted.decisionGroup': `{person} {when, select, future {vai ser} other {${now}}} ${decisionRole} em {at}`,
    'change.roleEnded.committee': `{person} já não ${committeeRole} {at}`,
    'change.roleEnded.position': `{person} já não é ${position} em {at}`,
    'change.roleEnded.decisionGroup': `{person} já não é ${decisionRole} em {at}`,
    'change.termEnding.committee': `O mandato de {person} como ${committeeRoleNoun} de {at} termina em {on, date, day}`,
    'change.termEnding.position': `O posto de {person} como ${position} em {at} termina em {on, date, day}`,
    'change.termEnding.decisionGroup': `O papel de {person} como ${decisionRole} em {at} termina em {on, date, day}`,
    'change.stanceChanged': `A posição de {person} em relação a {toward} passou de ${stance('before')} a ${stance('after')}`,
    'change.stanceEnded': `A posição de {person} em relação a {toward} já não está ${pick(v, 'registada', 'registrada')} (era ${stance('before')})`,
    'change.stageChanged': `{user} passou de ${stage('before')} a ${stage('after')} com {person}`,
    'change.stageEnded': `A fase da relação de {user} com {person} já não está ${pick(v, 'registada', 'registrada')} (era ${stage('before')})`,
    'change.tenderStatusChanged': `{tender} passou de ${status('before')} a ${status('after')}`,
    'change.personAdded': '{person} foi acrescentado ao grafo',
    'change.rankMoved': `{person} {direction, select, up {subiu} down {desceu} other {passou}} de #{before} para #{after} em ${scope}`,
    'change.rankEntered': `{person} entrou em ${scope} em #{after}`,
    'change.rankLeft': `{person} saiu de ${scope} (era #{before})`,
    'change.rankingMoved': `Classificação de ${scope}: {person} {direction, select, up {subiu de #{before} para #{after}} down {desceu de #{before} para #{after}} entered {entrou em #{after}} left {saiu (era #{before})} other {mudou de lugar}}{more, plural, =0 {} one {, e mais # mudança entre os {top} primeiros ou as pessoas que ${pick(v, 'acompanha', 'você acompanha')}} other {, e mais # mudanças entre os {top} primeiros ou as pessoas que ${pick(v, 'acompanha', 'você acompanha')}}}`,
    'change.removed': `O vínculo de ${tieWord} {from} → {to} foi ${deleted} (o ${record} já não existe, por isso o feed deixa de o mostrar)`,
    'evidence.factor':
      '{factor, select, formal {o poder formal} influence {a influência} brokerage {a intermediação} other {{factor}}} {direction, select, up {subiu} down {desceu} other {manteve-se}} de {before, number, ::.00} para {after, number, ::.00}{own, select, yes {} other { (mudaram ligações de outros, nenhuma das suas)}}',
    'evidence.scoreUnchanged': 'a pontuação manteve-se em {score, number, ::.00}: mudaram outros à sua volta',
    'power.influences': `influencia {name} ({strength, number, ::.00}${basis}{area, select, none {} other {, {area}}})`,
    'power.influencedBy': 'influenciado por {count, plural, one {{n} pessoa} other {{n} pessoas}}',
    'power.bridges': `liga {count, plural, one {{n} pessoa} other {{n} pessoas}} de {coalitions, plural, one {{c} ${coalition}} other {{c} ${coalitions}}}`,
    'power.links': `liga {from} a {to}{cross, select, yes { entre ${coalitions}} other {}}`,
    'power.formal.committee': `{role, select, chair {presidente} secretary {secretário} expert {${expert}} member {membro} other {{role}}} de {at}`,
    'power.formal.position': '{role} em {at}{head, select, yes { (chefia)} other {}}',
    'power.formal.decisionGroup': `${roleName(false)} em {at}`,
    'standing.publication.senior': `autor sénior de PMID {pmid} (${year})`.replace('sénior', pick(v, 'sénior', 'sênior')),
    'standing.publication.first': `primeiro autor de PMID {pmid} (${year})`,
    'standing.publication.other': `coautor de PMID {pmid} (${year})`,
    'standing.trial.principal_investigator': `investigador principal de {nctId} (${year})`,
    'standing.trial.study_chair': `presidente do estudo {nctId} (${year})`,
    'standing.trial.study_director': `diretor do estudo {nctId} (${year})`,
    'standing.trial.site_principal_investigator': `investigador principal de centro em {nctId} (${year})`,
    'standing.trial.sub_investigator': `subinvestigador de {nctId} (${year})`,
    'standing.talk.chair': `presidiu «{title}» em {event} (${year})`.replace(/«|»/g, (q) => pick(v, q, '"')),
    'standing.talk.moderator': `moderou «{title}» em {event} (${year})`.replace(/«|»/g, (q) => pick(v, q, '"')),
    'standing.talk.speaker': `falou sobre «{title}» em {event} (${year})`.replace(/«|»/g, (q) => pick(v, q, '"')),
    'standing.talk.panelist': `participou no painel «{title}» em {event} (${year})`.replace(/«|»/g, (q) => pick(v, q, '"')).replace(' no painel', pick(v, ' no painel', ' do painel')),
    'advice.weigh':
      '{weigh, select, exclusivity {exclusividade} understanding {compreensão da sua situação} technical_detail {pormenor técnico} references {referências} relationships {relações} numbers {números} detail {pormenor} objections {objeções a neutralizar} other {{weigh}}}'
        .replaceAll('pormenor', pick(v, 'pormenor', 'detalhe')),
    'advice.blocker.unknown': 'Nenhum opositor conhecido: pergunte ao defensor quem se poderia opor.',
    'advice.blocker.reached': `Opositor alcançado (${stageRaw}): ouça primeiro as objeções e responda a cada uma na proposta.`,
    'advice.blocker.unreached': 'Opositor não alcançado: conheça as objeções através de uma apresentação calorosa antes de a proposta seguir.',
    'advice.role.unknown': `Não se conhece ninguém como ${roleName(false)}: descubra quem tem este papel (pergunte ao defensor ou ao guardião do acesso); ${should}.`,
    'advice.role.reached': `Alcançado na fase ${stageRaw}: ${should}.`,
    'advice.role.unreached': `${roleName(true)} {stage, select, none {não alcançado} other {só na fase ${stageRaw}}}: {unowned, select, yes {atribua um responsável e } other {}}planeie uma apresentação calorosa; ${should}.`.replace('planeie', pick(v, 'planeie', 'planeje')),
    'advice.followUp': 'Ligue para confirmar que a proposta chegou; pergunte pelos próximos passos e pela urgência da decisão; combine a data da próxima chamada ou reunião.',
    'digest.title': '# O que mudou para {name}',
    'digest.window': '{since, date, day} \u2013 {until, date, day}{readOn, select, none {} other {, desde a última leitura da sua caixa de entrada}}',
    'digest.count': '{count, plural, =0 {Nada mudou no que acompanha.} one {Uma mudança no que acompanha.} other {# mudanças no que acompanha, as de maior peso primeiro.}}',
    'digest.nothingWatched': 'Ainda não acompanha nada: acompanhe uma pessoa, instituição, comissão, concurso ou território (a mutação `watch`) e as suas mudanças aparecem aqui.'.replace('concurso', pick(v, 'concurso público', 'licitação')),
    'digest.section': `## {name} ({label, select, Person {pessoa} Institution {instituição} Committee {comissão} Tender {${pick(v, 'concurso público', 'licitação')}} Territory {território} other {acompanhado}})`,
    'digest.item': '- **{on, date, day}** {summary}',
    'digest.itemWeighed': '- **{on, date, day}** {summary} _(peso {weight, number, ::.00})_',
    'digest.evidence': '  - {description}',
    'digest.move': '  - {person}: {direction, select, entered {entrou em #{after}} left {saiu (era #{before})} other {#{before} \u2192 #{after}}}',
    'digest.moreMoves': `  - \u2026 e {count, plural, one {mais uma mudança de ${pick(v, 'lugar', 'posição')}} other {mais # mudanças de ${pick(v, 'lugar', 'posição')}}}`,
    'digest.more': '- \u2026 e {count, plural, one {mais uma} other {mais #}} na caixa de entrada',
  };
}

export const ptPT = build('PT');
export const ptBR = build('BR');
